#!/bin/sh
# Write the nginx site for Kenes from the template beside this script, with the values of an
# environment file (deploy/.env.example lists them): deploy/nginx/render.sh ENV_FILE > site.conf
# Only the template's own ${KENES_…} and ${S3_…} names are replaced; nginx's $variables stay.
set -eu
here=$(dirname "$0")
if [ $# -gt 0 ]; then
    set -a
    # shellcheck disable=SC1090
    . "$1"
    set +a
fi
names='${KENES_SERVER_NAME} ${KENES_HTTP_PORT} ${KENES_HTTPS_PORT} ${KENES_TLS_CERTIFICATE}
${KENES_TLS_CERTIFICATE_KEY} ${KENES_WEB_1} ${KENES_WEB_2} ${KENES_REGISTRATIONS} ${STATIC_ROOT}
${KENES_LOG_DIR} ${S3_ENDPOINT_URL} ${S3_MEDIA_BUCKET}'
for name in $(echo "$names" | tr -d '${}'); do
    eval "value=\${$name:-}"
    if [ -z "$value" ]; then
        echo "render.sh: $name is not set" >&2
        exit 1
    fi
done
envsubst "$names" < "$here/kenes.conf.template"
