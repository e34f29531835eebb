#!/usr/bin/env bash
# Runs the gateway (docker/nginx) in the foreground in front of a running local system: the whole
# public API, the three OpenAPI documents and one Swagger UI page on one origin. Ctrl-C stops it.
#
#   scripts/proxy.sh          run nginx against the services
#   scripts/proxy.sh --test   only write the configuration and check it with nginx -t
#
# Environment: PROXY_PORT (8080), PROXY_HOST (127.0.0.1: the address it listens on), UPSTREAM_HOST
# (127.0.0.1), PROFILE_PORT (8081), ACTIVITY_PORT (8082), RECOMMENDATION_PORT (8083),
# RAPPORT_PROXY_DIR (.run/proxy: generated configuration, Swagger UI's files, nginx's temporary files).
# Needs nginx (Debian: apt-get install nginx); exits 3 when it is not installed. Swagger UI's files
# come from npm (swagger-ui-dist, pinned in docker/nginx/package-lock.json) into
# docker/nginx/node_modules on first use; without npm the API is still proxied, without the page.
set -euo pipefail
cd "$(dirname "$0")/.."

PROXY_PORT=${PROXY_PORT:-8080}
PROXY_HOST=${PROXY_HOST:-127.0.0.1}
UPSTREAM_HOST=${UPSTREAM_HOST:-127.0.0.1}
PROFILE_PORT=${PROFILE_PORT:-8081}
ACTIVITY_PORT=${ACTIVITY_PORT:-8082}
RECOMMENDATION_PORT=${RECOMMENDATION_PORT:-8083}
DIR=${RAPPORT_PROXY_DIR:-.run/proxy}
GATEWAY=$PWD/docker/nginx
mode=${1:-run}

log() { printf '\033[1m[proxy]\033[0m %s\n' "$*" >&2; }

NGINX=$(PATH="$PATH:/usr/sbin:/usr/local/sbin:/usr/local/nginx/sbin" command -v nginx || true)
if [ -z "$NGINX" ]; then
  log "nginx is not installed (Debian: apt-get install nginx): no one-origin proxy"
  exit 3
fi

# --- Swagger UI's static files ---------------------------------------------------------------------
pinned=$(sed -nE 's/.*"swagger-ui-dist": *"([^"]+)".*/\1/p' "$GATEWAY/package.json")
installed=$(sed -nE 's/^ *"version": *"([^"]+)".*/\1/p' "$GATEWAY/node_modules/swagger-ui-dist/package.json" 2>/dev/null || true)
if [ "$mode" != "--test" ] && [ "$installed" != "$pinned" ]; then
  if command -v npm >/dev/null 2>&1; then
    log "Fetching swagger-ui-dist $pinned from npm (checked against docker/nginx/package-lock.json)"
    (cd "$GATEWAY" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error) >&2 \
      || log "npm ci failed: no Swagger UI page, the API is proxied all the same"
  else
    log "npm is not installed: no Swagger UI page, the API is proxied all the same"
  fi
fi

mkdir -p "$DIR/swagger-ui" "$DIR/tmp"
DIR=$(cd "$DIR" && pwd)
ln -sfn "$GATEWAY" "$DIR/rapport"
dist=$GATEWAY/node_modules/swagger-ui-dist
if [ -f "$dist/swagger-ui-bundle.js" ]; then
  for f in swagger-ui.css index.css swagger-ui-bundle.js swagger-ui-standalone-preset.js \
    favicon-16x16.png favicon-32x32.png oauth2-redirect.html oauth2-redirect.js LICENSE NOTICE; do
    cp "$dist/$f" "$DIR/swagger-ui/"
  done
fi
cp "$GATEWAY"/swagger-ui/* "$DIR/swagger-ui/"

# --- The configuration: local upstreams and paths around the gateway's shared files -----------------
cat > "$DIR/nginx.conf" <<EOF
# Written by scripts/proxy.sh; the routes and everything else are in rapport/ ($GATEWAY).
daemon off;
worker_processes 1;
pid $DIR/nginx.pid;
error_log stderr warn;

events {
  worker_connections 512;
}

http {
  client_body_temp_path $DIR/tmp/client_body;
  proxy_temp_path $DIR/tmp/proxy;
  fastcgi_temp_path $DIR/tmp/fastcgi;
  uwsgi_temp_path $DIR/tmp/uwsgi;
  scgi_temp_path $DIR/tmp/scgi;

  include rapport/http.conf;

  upstream profile-service {
    server $UPSTREAM_HOST:$PROFILE_PORT;
    keepalive 16;
  }
  upstream activity-service {
    server $UPSTREAM_HOST:$ACTIVITY_PORT;
    keepalive 16;
  }
  upstream recommendation-service {
    server $UPSTREAM_HOST:$RECOMMENDATION_PORT;
    keepalive 16;
  }

  server {
    listen $PROXY_HOST:$PROXY_PORT;
    include rapport/server.conf;
  }
}
EOF

if [ "$mode" = "--test" ]; then
  exec "$NGINX" -t -q -p "$DIR/" -c "$DIR/nginx.conf"
fi

origin="http://localhost:$PROXY_PORT"
[ "$PROXY_HOST" = "127.0.0.1" ] || [ "$PROXY_HOST" = "localhost" ] || origin="http://$PROXY_HOST:$PROXY_PORT"
log "Rapport on one origin: $origin (API under /api/v1, Swagger UI at $origin/swagger-ui/)"
log "  → profile-service $UPSTREAM_HOST:$PROFILE_PORT, activity-service $UPSTREAM_HOST:$ACTIVITY_PORT, recommendation-service $UPSTREAM_HOST:$RECOMMENDATION_PORT"
exec "$NGINX" -p "$DIR/" -c "$DIR/nginx.conf"
