#!/bin/sh
# Restore a backup made by deploy/backup.sh into an EMPTY database (created, not migrated) and
# empty buckets or folders, as the environment names them:
#   deploy/restore.sh BACKUP_FOLDER [ENV_FILE]
# Then start the app servers: the same pages and downloads as when the backup was taken.
set -eu
cd "$(dirname "$0")/.."
src=$(cd "$1" && pwd)
if [ $# -gt 1 ]; then
    set -a
    # shellcheck disable=SC1090
    . "$2"
    set +a
fi
: "${DATABASE_URL:?DATABASE_URL is not set}"
(cd "$src" && sha256sum --check --quiet SHA256SUMS)
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$src/database.dump"
.venv/bin/python manage.py restore_files "$src/files"
.venv/bin/python manage.py migrate --check >/dev/null
echo "restored $src"
