#!/usr/bin/env bash
# Checks the one-origin gateway (docker/nginx) offline:
# - nginx -t on both configurations that use the gateway's files: scripts/proxy.sh's local one, and
#   the image's (docker/nginx/nginx.conf laid out as the Dockerfile does, its upstream host names
#   swapped for 127.0.0.1 since compose's and Kubernetes' names do not resolve here); installs
#   Debian's nginx where it is missing and apt-get can, and says so where it cannot;
# - the route check (deploy/tools/check-routes.mjs): every path of contracts/*.yaml goes to the
#   service whose contract holds it, through the gateway and through the Kubernetes Ingress;
# - docker compose's prod override (docker/compose.prod.yml) with .env.example's values filled in.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

find_nginx() { PATH="$PATH:/usr/sbin:/usr/local/sbin" command -v nginx || true; }
NGINX=$(find_nginx)
if [ -z "$NGINX" ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "check-proxy: nginx is not installed; installing Debian's nginx"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx) >/dev/null 2>&1 || true
  NGINX=$(find_nginx)
fi
if [ -n "$NGINX" ]; then
  version=$("$NGINX" -v 2>&1 | sed 's/.*version: //')
  RAPPORT_PROXY_DIR="$tmp/local" scripts/proxy.sh --test
  echo "check-proxy: nginx -t ($version): scripts/proxy.sh's configuration is valid"
  mkdir -p "$tmp/image/rapport"
  sed "s#/tmp/#$tmp/image/#g" docker/nginx/nginx.conf > "$tmp/image/nginx.conf"
  cp docker/nginx/{http,server,routes,sse}.conf "$tmp/image/rapport/"
  sed -E 's/server [a-z0-9-]+:([0-9]+)/server 127.0.0.1:\1/' docker/nginx/upstreams.conf > "$tmp/image/rapport/upstreams.conf"
  "$NGINX" -t -q -p "$tmp/image/" -c "$tmp/image/nginx.conf"
  echo "check-proxy: nginx -t ($version): the gateway image's configuration is valid"
else
  echo "check-proxy: NOT CHECKED: nginx is not installed and cannot be installed here, so nginx -t did not run"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "check-proxy: node and npm are needed for the route check" >&2
  exit 1
fi
tools=deploy/tools
if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
node "$tools/check-routes.mjs"

if command -v docker-compose >/dev/null 2>&1; then
  env $(grep -E '^[A-Z_]+=$' .env.example | sed 's/=$/=placeholder/') \
    RAPPORT_JWT_PRIVATE_KEY_FILE=./.env.example \
    docker-compose -f docker-compose.yml -f docker/compose.prod.yml config -q
  echo "check-proxy: docker-compose.yml with docker/compose.prod.yml (the prod profile) is valid"
else
  echo "check-proxy: docker-compose is not installed: the compose prod override was not validated"
fi
