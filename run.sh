#!/usr/bin/env bash
# Runs the whole Rapport system locally: builds what is missing, makes sure the three databases
# exist (in the PostgreSQL at PGHOST:PGPORT, or in an embedded PostgreSQL when none answers there),
# starts profile-, activity- and recommendation-service, and stops everything on Ctrl-C.
#
#   ./run.sh            build if needed, then run
#   ./run.sh --build    rebuild first
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (empty),
# RAPPORT_EMBEDDED_PG_PORT (55432), PROFILE_PORT (8081), ACTIVITY_PORT (8082), RECOMMENDATION_PORT (8083),
# PROXY_PORT (8080: the one-origin proxy, started where nginx is installed).
set -euo pipefail
cd "$(dirname "$0")"

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGPASSWORD=${PGPASSWORD:-}
EMBEDDED_PORT=${RAPPORT_EMBEDDED_PG_PORT:-55432}
PROFILE_PORT=${PROFILE_PORT:-8081}
ACTIVITY_PORT=${ACTIVITY_PORT:-8082}
RECOMMENDATION_PORT=${RECOMMENDATION_PORT:-8083}
PROXY_PORT=${PROXY_PORT:-8080}
SERVICES=(profile-service activity-service recommendation-service)
RUN_DIR=.run
mkdir -p "$RUN_DIR/logs"

log() { printf '\033[1m[run]\033[0m %s\n' "$*"; }

# --- Build what is missing -----------------------------------------------------------------
needs_build=false
[ "${1:-}" = "--build" ] && needs_build=true
stale() { # module artifact: missing, or older than a source or the module's pom
  [ ! -f "$2" ] || [ -n "$(find "$1/src" "$1/pom.xml" pom.xml -newer "$2" -type f -print -quit)" ]
}
for service in "${SERVICES[@]}"; do
  stale "$service" "$service/target/quarkus-app/quarkus-run.jar" && needs_build=true
done
stale common "$(ls common/target/rapport-common-*-tests.jar 2>/dev/null || echo missing)" && needs_build=true
if $needs_build; then
  log "Building (./mvnw package -DskipTests)…"
  ./mvnw -B -q package -DskipTests -Dquarkus.analytics.disabled=true
fi
if [ ! -s "$RUN_DIR/tools.classpath" ] || [ pom.xml -nt "$RUN_DIR/tools.classpath" ]; then
  ./mvnw -B -q -pl common dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$RUN_DIR/tools.classpath"
fi
TOOLS_CP="$(ls common/target/rapport-common-*-tests.jar):$(cat "$RUN_DIR/tools.classpath")"

pids=()
cleanup() {
  trap - INT TERM EXIT
  log "Stopping…"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  log "Stopped."
  exit 0
}
trap cleanup INT TERM EXIT

# --- PostgreSQL -----------------------------------------------------------------------------
answers() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
if answers "$PGHOST" "$PGPORT"; then
  log "Using PostgreSQL at $PGHOST:$PGPORT"
  java -cp "$TOOLS_CP" dev.rapport.common.testing.DevDatabases server \
    "$PGHOST" "$PGPORT" "$PGUSER" "$PGPASSWORD" profile activity recommendation
  DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_PASSWORD=$PGPASSWORD
else
  log "No PostgreSQL at $PGHOST:$PGPORT: starting an embedded one on port $EMBEDDED_PORT (data in $RUN_DIR/pgdata)"
  java -cp "$TOOLS_CP" dev.rapport.common.testing.DevDatabases embedded \
    "$EMBEDDED_PORT" "$RUN_DIR/pgdata" profile activity recommendation \
    > "$RUN_DIR/logs/postgres.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 60); do
    grep -q "Embedded PostgreSQL ready" "$RUN_DIR/logs/postgres.log" 2>/dev/null && break
    kill -0 "${pids[0]}" 2>/dev/null || { cat "$RUN_DIR/logs/postgres.log"; exit 1; }
    sleep 1
  done
  DB_HOST=localhost DB_PORT=$EMBEDDED_PORT DB_USER=postgres DB_PASSWORD=
fi

# --- Services -------------------------------------------------------------------------------
# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh
LOG_DIR=$RUN_DIR/logs
JWT_KEY=$PWD/$RUN_DIR/dev-jwt-key.pem
start() { # service port database
  log "Starting $1 on port $2"
  rapport_start "$1" "$2" "$3"
}
wait_ready() { # service port
  if ! rapport_wait_ready "$1" "$2" 90; then
    log "$1 did not become ready; see $RUN_DIR/logs/$1.log"; tail -30 "$RUN_DIR/logs/$1.log"; exit 1
  fi
  log "$1 ready in $((RAPPORT_READY_MS / 1000)) s"
}

start profile-service "$PROFILE_PORT" profile
wait_ready profile-service "$PROFILE_PORT"
start activity-service "$ACTIVITY_PORT" activity
start recommendation-service "$RECOMMENDATION_PORT" recommendation
wait_ready activity-service "$ACTIVITY_PORT"
wait_ready recommendation-service "$RECOMMENDATION_PORT"

# --- One origin: the gateway (scripts/proxy.sh, nginx) in front of the three services -------
start_proxy() {
  if ! PATH="$PATH:/usr/sbin:/usr/local/sbin" command -v nginx >/dev/null 2>&1; then
    log "nginx is not installed (Debian: apt-get install nginx): no one-origin proxy; use the three ports below"
    return
  fi
  log "Starting the one-origin proxy on port $PROXY_PORT"
  PROXY_PORT=$PROXY_PORT PROFILE_PORT=$PROFILE_PORT ACTIVITY_PORT=$ACTIVITY_PORT \
  RECOMMENDATION_PORT=$RECOMMENDATION_PORT RAPPORT_PROXY_DIR="$RUN_DIR/proxy" \
    scripts/proxy.sh > "$RUN_DIR/logs/proxy.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://localhost:$PROXY_PORT/healthz" >/dev/null 2>&1; then
      pids+=("$pid")
      PROXY_URL="http://localhost:$PROXY_PORT"
      return
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill "$pid" 2>/dev/null || true
  log "The proxy did not start (port $PROXY_PORT taken?); see $RUN_DIR/logs/proxy.log. The services run without it."
}
PROXY_URL=
start_proxy

cat <<INFO

Rapport is running (logs in $RUN_DIR/logs).
${PROXY_URL:+One origin: $PROXY_URL (the API, /openapi/<service>.yaml, one Swagger UI for all three at /swagger-ui/)
}Swagger UI per service:
  profile-service         http://localhost:$PROFILE_PORT/q/swagger-ui
  activity-service        http://localhost:$ACTIVITY_PORT/q/swagger-ui
  recommendation-service  http://localhost:$RECOMMENDATION_PORT/q/swagger-ui
Administrator for this local run: admin@rapport.local / admin-password
Press Ctrl-C to stop.
INFO
wait -n "${pids[@]}" || true
log "A process ended; see $RUN_DIR/logs"
