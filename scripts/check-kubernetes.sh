#!/usr/bin/env bash
# Validates deploy/kubernetes offline, with no cluster:
# - kubectl kustomize builds the base as kubectl apply -k would (kubectl apply --dry-run=client
#   cannot run here: it needs an API server for the schema and kinds);
# - deploy/tools/check-kubernetes.mjs checks every object of the build and the Secret templates
#   against the Kubernetes API schema (npm's kubernetes-models), rejects unknown fields (TypeScript
#   over the same models), and checks that the pieces fit: references, probes, resources, JVM
#   memory within the limit, the gateway's upstreams, placeholder-only Secrets;
# - deploy/tools/check-routes.mjs checks the built Ingress: every contract path reaches its service.
# Installs Debian's kubectl where it is missing and apt-get can; without it, checks the files as
# written (no kustomize transformations) and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=deploy/kubernetes
tools=deploy/tools

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v kubectl >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "check-kubernetes: kubectl is not installed; installing Debian's kubectl"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl) >/dev/null 2>&1 || true
fi
if command -v kubectl >/dev/null 2>&1; then
  kubectl kustomize "$dir" > "$tmp/build.yaml"
  echo "check-kubernetes: kubectl kustomize $dir builds ($(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p' | head -1))"
else
  echo "check-kubernetes: kubectl is not installed and cannot be installed here: checking the files as written, NOT the kustomize build"
  for f in $(sed -nE 's/^  - ([a-z0-9-]+\.yaml)$/\1/p' "$dir/kustomization.yaml"); do
    cat "$dir/$f"; printf '\n---\n'
  done > "$tmp/build.yaml"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "check-kubernetes: node and npm are needed for the manifest checks" >&2
  exit 1
fi
if [ ! -f "$tools/node_modules/.package-lock.json" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.package-lock.json" ]; then
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
node "$tools/check-kubernetes.mjs" "$tmp/build.yaml" "$dir/secrets.yaml"
node "$tools/check-routes.mjs" --ingress "$tmp/build.yaml"
