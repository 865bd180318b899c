"""Every uploaded file out of its storage into a folder, and back: the files half of a backup
(deploy/backup.sh dumps the database beside them, deploy/restore.sh puts both back).

It goes through Django's storages, so one copy serves an object store's buckets and local disk
alike, and a backup taken from one can be restored into the other.
"""

import shutil
from collections.abc import Iterator
from pathlib import Path

from django.core.files import File
from django.core.files.storage import Storage, storages

# The storages that hold uploads, and the folder of a backup each is copied to. The static
# files are not here: `make install` builds them again from the code.
STORAGE_FOLDERS = {"default": "media", "library": "library"}


def names_in(storage: Storage, folder: str = "") -> Iterator[str]:
    """Every file's name in `storage`, folders walked."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a disk storage nothing was ever saved to
        return
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for sub in folders:
        yield from names_in(storage, f"{folder}/{sub}" if folder else sub)


def copy_out(storage: Storage, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)  # an empty storage leaves an empty folder
    count = 0
    for name in names_in(storage):
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with storage.open(name, "rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        count += 1
    return count


def copy_in(folder: Path, storage: Storage) -> int:
    """Each file of `folder` under the same name in `storage` (replacing one of that name):
    the database's rows name the files, so a file must come back where it was."""
    count = 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        name = path.relative_to(folder).as_posix()
        if storage.exists(name):
            storage.delete(name)
        with path.open("rb") as source:
            saved = storage.save(name, File(source, name=name))
        if saved != name:
            raise RuntimeError(f"{name} was stored as {saved}")
        count += 1
    return count


def backup_files(folder: Path) -> dict[str, int]:
    return {
        alias: copy_out(storages[alias], folder / sub) for alias, sub in STORAGE_FOLDERS.items()
    }


def restore_files(folder: Path) -> dict[str, int]:
    missing = [sub for sub in STORAGE_FOLDERS.values() if not (folder / sub).is_dir()]
    if missing:
        raise FileNotFoundError(f"{folder} holds no {', '.join(missing)} folder: not a backup")
    return {alias: copy_in(folder / sub, storages[alias]) for alias, sub in STORAGE_FOLDERS.items()}
