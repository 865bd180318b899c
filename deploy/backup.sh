#!/bin/sh
# A backup of Kenes: the database (pg_dump) and every uploaded file (images and the library,
# from the object store or the disk), in one dated folder under BACKUP_DIR, with checksums.
#   deploy/backup.sh [ENV_FILE]        (kenes-backup.timer runs it every night)
# Prints the folder it wrote. Copy it off the machine; deploy/restore.sh puts it back.
set -eu
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then
    set -a
    # shellcheck disable=SC1090
    . "$1"
    set +a
fi
: "${DATABASE_URL:?DATABASE_URL is not set}"
dest="${BACKUP_DIR:?BACKUP_DIR is not set}/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$dest"
umask 077
# --format=custom: compressed, and pg_restore can restore it into a database of another name.
pg_dump --format=custom --no-owner --no-privileges --file="$dest/database.dump" "$DATABASE_URL"
.venv/bin/python manage.py backup_files "$dest/files" >"$dest/files.txt"
(cd "$dest" && find . -type f ! -name SHA256SUMS -exec sha256sum {} + >SHA256SUMS)
echo "$dest"
