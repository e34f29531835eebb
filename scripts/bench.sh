#!/usr/bin/env bash
# Benchmarks at scale (see docs/benchmarks.md): a deterministic, skewed data set in bench databases,
# the services started on it as run.sh starts them, and Gatling load at fixed arrival rates.
#
#   scripts/bench.sh seed --members N [--seed S] [--anchor YYYY-MM-DD] [--catch-up-minutes M]
#       (re)creates bench_profile, bench_activity and bench_recommendation, runs the services' own
#       Flyway migrations, bulk-loads N members (N=100000 is the design size) with their
#       connections, activities and the catalog, then starts the services once and waits until
#       recommendation-service's read model has followed both change feeds (default: 60 minutes at
#       most), and prints how long each phase took.
#   scripts/bench.sh run
#       starts profile-, activity- and recommendation-service on the bench databases, on the usual
#       ports, plus the baseline service (load-tests/baseline) on 8090; Ctrl-C stops all. Records
#       each service's time from process start to ready and its RSS.
#   scripts/bench.sh load [--scenario NAME|all] [--rate R] [--duration S] [--warmup S]
#                         [--saturation [--users C]] [--callers K]
#       loads the running system with Gatling (open model: R new requests a second; --saturation:
#       C callers back to back). Every scenario runs beside the baseline's GET by id. Fails, naming
#       the scenario, when any request fails. Reports in load-tests/target/gatling/, figures in
#       load-tests/target/bench/results.tsv.
#   scripts/bench.sh explain
#       starts the system with auto_explain on (bench databases only, reset after) and keeps, per
#       endpoint, the plan (EXPLAIN ANALYZE, BUFFERS) of the slowest query it ran, in
#       load-tests/target/bench/explain/.
#   scripts/bench.sh smoke
#       all of the above in a few seconds: 1 000 members, each scenario briefly at a low rate (what
#       ./mvnw verify runs, in BenchSmokeIT).
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (empty),
# PROFILE_PORT (8081), ACTIVITY_PORT (8082), RECOMMENDATION_PORT (8083), BASELINE_PORT (8090),
# BENCH_DB_PREFIX (bench_), BENCH_DIR (load-tests/target/bench), BENCH_POOL_SIZE (the services'
# own pool size, 8, unless set).
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
PGPASSWORD=${PGPASSWORD:-}
PROFILE_PORT=${PROFILE_PORT:-8081}
ACTIVITY_PORT=${ACTIVITY_PORT:-8082}
RECOMMENDATION_PORT=${RECOMMENDATION_PORT:-8083}
BASELINE_PORT=${BASELINE_PORT:-8090}
PREFIX=${BENCH_DB_PREFIX:-bench_}
PROFILE_DB=${PREFIX}profile
ACTIVITY_DB=${PREFIX}activity
RECOMMENDATION_DB=${PREFIX}recommendation
BENCH_DIR=${BENCH_DIR:-load-tests/target/bench}
GATLING_DIR=load-tests/target/gatling
SERVICES=(profile-service activity-service recommendation-service)
BASELINE_JAR=load-tests/baseline/target/quarkus-app/quarkus-run.jar
mkdir -p "$BENCH_DIR/logs" load-tests/target/gatling
BENCH_DIR=$(cd "$BENCH_DIR" && pwd)

# shellcheck source=scripts/lib/services.sh
source scripts/lib/services.sh
DB_HOST=$PGHOST DB_PORT=$PGPORT DB_USER=$PGUSER DB_PASSWORD=$PGPASSWORD
LOG_DIR=$BENCH_DIR/logs
JWT_KEY=$BENCH_DIR/dev-jwt-key.pem
SERVER="jdbc:postgresql://$PGHOST:$PGPORT/"
# The demo catalog (a few hundred items a local run loads) would blur the seeded catalog.
export RAPPORT_CATALOG_LOAD_DEMO=false
# Each service's pool holds at most 8 connections (its application.properties; docs/operations.md
# has the arithmetic). BENCH_POOL_SIZE sets every pool to another size, to measure one; unset, each
# service keeps its own. docs/benchmarks.md says which was used.
if [ -n "${BENCH_POOL_SIZE:-}" ]; then
  export QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$BENCH_POOL_SIZE
fi

# A TERM or Ctrl-C ends the script through its EXIT traps, which stop what it started.
trap 'exit 130' INT
trap 'exit 143' TERM

log() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }
die() { log "$*"; exit 1; }

# --- Build what is missing (as run.sh), and the harness's classpath ----------------------------
stale() { # module artifact: missing, or older than a source or the module's pom
  [ ! -f "$2" ] || [ -n "$(find "$1/src" "$1/pom.xml" pom.xml -newer "$2" -type f -print -quit)" ]
}
build() {
  if [ -n "${BENCH_NO_BUILD:-}" ]; then # BenchSmokeIT: ./mvnw verify has just packaged everything
    CP=$BENCH_CLASSPATH
    return
  fi
  local needs=false
  for service in "${SERVICES[@]}"; do
    stale "$service" "$service/target/quarkus-app/quarkus-run.jar" && needs=true
  done
  stale load-tests/baseline "$BASELINE_JAR" && needs=true
  if [ -z "${BENCH_CLASSPATH:-}" ]; then
    stale load-tests load-tests/target/rapport-load-tests-1.0.0-SNAPSHOT.jar && needs=true
  fi
  if $needs; then
    log "Building (./mvnw package -DskipTests)…"
    ./mvnw -B -q package -DskipTests -Dquarkus.analytics.disabled=true
  fi
  if [ -n "${BENCH_CLASSPATH:-}" ]; then
    CP=$BENCH_CLASSPATH
    return
  fi
  local file=load-tests/target/classpath.txt
  if [ ! -s "$file" ] || [ load-tests/pom.xml -nt "$file" ]; then
    ./mvnw -B -q -pl load-tests -Dbench.standalone dependency:build-classpath \
      -Dmdep.includeScope=runtime -Dmdep.outputFile="$PWD/$file"
  fi
  CP="$PWD/load-tests/target/classes:$(cat "$file")"
}
# Java runs in the background and is waited for, so that a TERM or Ctrl-C reaches the traps (and
# the services are stopped) at once rather than after the tool ends.
tool() { java -cp "$CP" "$@" & TOOL_PID=$!; wait $TOOL_PID; }
db_args() {
  printf '%s\n' --server "$SERVER" --user "$PGUSER" --password "${PGPASSWORD:-}" \
    --profile-db "$PROFILE_DB" --activity-db "$ACTIVITY_DB" --recommendation-db "$RECOMMENDATION_DB"
}

# --- Processes ---------------------------------------------------------------------------------
pids=()
TOOL_PID=
stop_all() {
  [ -n "$TOOL_PID" ] && kill "$TOOL_PID" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
# The services run from a copy of their packaged quarkus-app, so a build in the work tree meanwhile
# cannot pull their jars away.
app() { # service quarkus-app-dir: copies it under BENCH_DIR/apps, prints the jar to run
  rm -rf "$BENCH_DIR/apps/$1"
  mkdir -p "$BENCH_DIR/apps"
  cp -r "$2" "$BENCH_DIR/apps/$1"
  echo "$BENCH_DIR/apps/$1/quarkus-run.jar"
}
start_system() { # [with_baseline]: starts the services as run.sh does; fills READY_MS
  declare -gA READY_MS
  local s
  for s in "${SERVICES[@]}"; do app "$s" "$s/target/quarkus-app" > /dev/null; done
  rapport_start profile-service "$PROFILE_PORT" "$PROFILE_DB" "$BENCH_DIR/apps/profile-service/quarkus-run.jar"
  ready profile-service "$PROFILE_PORT"
  rapport_start activity-service "$ACTIVITY_PORT" "$ACTIVITY_DB" "$BENCH_DIR/apps/activity-service/quarkus-run.jar"
  rapport_start recommendation-service "$RECOMMENDATION_PORT" "$RECOMMENDATION_DB" "$BENCH_DIR/apps/recommendation-service/quarkus-run.jar"
  ready activity-service "$ACTIVITY_PORT"
  ready recommendation-service "$RECOMMENDATION_PORT"
  if [ "${1:-}" = with_baseline ]; then
    rapport_start baseline-service "$BASELINE_PORT" "$PROFILE_DB" "$(app baseline-service "${BASELINE_JAR%/quarkus-run.jar}")"
    ready baseline-service "$BASELINE_PORT"
  fi
}
ready() { # service port
  rapport_wait_ready "$1" "$2" 180 || { tail -30 "$LOG_DIR/$1.log"; die "$1 did not become ready; see $LOG_DIR/$1.log"; }
  READY_MS[$1]=$RAPPORT_READY_MS
  log "$1 ready $RAPPORT_READY_MS ms after its process started"
}

# --- seed --------------------------------------------------------------------------------------
cmd_seed() {
  local members=100000 seed=1 anchor="" minutes=60 load=true
  while [ $# -gt 0 ]; do
    case $1 in
      --members) members=$2; shift 2 ;;
      --seed) seed=$2; shift 2 ;;
      --anchor) anchor=$2; shift 2 ;;
      --catch-up-minutes) minutes=$2; shift 2 ;;
      --follow-only) load=false; shift ;; # the data is loaded: only let the read model catch up
      *) die "seed: unknown option $1" ;;
    esac
  done
  build
  local report=$BENCH_DIR/seed-$members.tsv
  local extra=()
  [ -n "$anchor" ] && extra=(--anchor "$anchor")
  mapfile -t args < <(db_args)
  if $load; then
    log "Seeding $members members (seed $seed) into $PROFILE_DB, $ACTIVITY_DB, $RECOMMENDATION_DB"
    tool dev.rapport.bench.seed.Seed --members "$members" --seed "$seed" --root "$PWD" \
      --report "$report" "${args[@]}" "${extra[@]}"
  fi
  # The read model is brought up by following the feeds, unmodified; only the paging is the
  # largest the feeds allow, and the follower runs every second instead of every five.
  log "Starting the services once, so recommendation-service follows the change feeds"
  trap 'stop_all' EXIT
  RAPPORT_FEEDS_EVERY=1s RAPPORT_FEEDS_PAGE_SIZE=5000 start_system
  local status=0
  tool dev.rapport.bench.load.CatchUp "${args[@]}" --recommendation-url "http://localhost:$RECOMMENDATION_PORT" \
    --timeout-minutes "$minutes" --report "$report" || status=$?
  stop_all
  trap - EXIT
  cp "$report" "$BENCH_DIR/seed.tsv"
  log "Seed report: $report"
  [ $status -eq 0 ] || log "The read model had not caught up within $minutes minutes (see the rate above)"
  return $status
}

# --- run ---------------------------------------------------------------------------------------
cmd_run() {
  build
  trap 'log "Stopping…"; stop_all; exit 0' INT TERM
  trap 'stop_all' EXIT
  start_system with_baseline
  : > "$BENCH_DIR/pids"
  for s in "${SERVICES[@]}" baseline-service; do
    echo "$s ${RAPPORT_PID[$s]}" >> "$BENCH_DIR/pids"
  done
  sleep "${BENCH_IDLE_SECONDS:-10}"
  {
    printf 'service\tready_ms\trss_idle_mib\n'
    for s in "${SERVICES[@]}" baseline-service; do
      printf '%s\t%s\t%s\n' "$s" "${READY_MS[$s]}" "$(rapport_rss_mib "${RAPPORT_PID[$s]}")"
    done
  } > "$BENCH_DIR/run.tsv"
  log "Start-up and idle RSS:"; column -t -s $'\t' "$BENCH_DIR/run.tsv" | sed 's/^/  /'
  log "Running on the bench databases (logs in $LOG_DIR). Ctrl-C stops all."
  wait -n "${pids[@]}" || true
  log "A process ended; see $LOG_DIR"
}

# --- load --------------------------------------------------------------------------------------
SCENARIOS=(baseline profile-anonymous profile-connection profile-stranger search suggestions
  activity-write activity-page activity-summary relationships nudges course-recommendations
  discussion-recommendations study-buddies share-targets mixed)
target_rate() { # the rate the issue holds each endpoint to (open model)
  case $1 in
    activity-write) echo 200 ;;
    study-buddies|share-targets) echo 20 ;;
    *) echo 50 ;;
  esac
}
cmd_load() {
  local scenario=all rate="" duration=60 warmup=10 saturation=false users=32 callers=300 only=false
  while [ $# -gt 0 ]; do
    case $1 in
      --scenario) scenario=$2; shift 2 ;;
      --rate) rate=$2; shift 2 ;;
      --duration) duration=$2; shift 2 ;;
      --warmup) warmup=$2; shift 2 ;;
      --saturation) saturation=true; shift ;;
      --users) users=$2; shift 2 ;;
      --callers) callers=$2; shift 2 ;;
      --only) only=true; shift ;;
      *) die "load: unknown option $1" ;;
    esac
  done
  build
  curl -fs "http://localhost:$PROFILE_PORT/q/health/ready" >/dev/null \
    || die "Nothing answers on port $PROFILE_PORT: start the system with scripts/bench.sh run first"
  mapfile -t args < <(db_args)
  # Access tokens live an hour (profile-service's TokenIssuer): sign in again after 40 minutes.
  # One feeder per set of databases: tokens and ids of one data set are no callers of another.
  local feeder=$BENCH_DIR/callers-${PREFIX%_}.csv
  if [ ! -s "$feeder" ] || [ -n "$(find "$feeder" -mmin +40)" ] || [ "$feeder" -ot "$BENCH_DIR/seed.tsv" ]; then
    log "Signing in $callers callers (hubs and heavy loggers included)…"
    tool dev.rapport.bench.load.Callers "${args[@]}" --count "$callers" \
      --profile-url "http://localhost:$PROFILE_PORT" --out "$feeder"
  fi
  local list=("$scenario")
  [ "$scenario" = all ] && list=("${SCENARIOS[@]}")
  if [ "$scenario" != all ] && [ "$scenario" != baseline ] && ! $only; then
    list=(baseline "$scenario") # every figure beside the baseline measured in the same run
  fi
  local results=$BENCH_DIR/results.tsv failed=()
  [ -s "$results" ] || printf 'when\tmembers\tmodel\tscenario\trate\tusers\tduration_s\trequests\tfailed\tthroughput_rps\tp50_ms\tp95_ms\tp99_ms\tmax_ms\n' > "$results"
  local members
  members=$(awk -F'\t' '$1 == "members" { print $2 }' "$BENCH_DIR/seed.tsv" 2>/dev/null || echo "?")
  for s in "${list[@]}"; do
    local r=${rate:-$(target_rate "$s")} model=open
    $saturation && model=closed
    log "Scenario $s: $($saturation && echo "$users callers back to back" || echo "$r requests/s") for $duration s (after $warmup s of warm-up)"
    local before status=0
    before=$(find "$GATLING_DIR" -mindepth 1 -maxdepth 1 -type d | wc -l)
    # JVM options as Gatling's Maven plugin sets them.
    java -Xmx1G -XX:+UseG1GC --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$CP" -Dbench.scenario="$s" -Dbench.rate="$r" -Dbench.duration="$duration" \
      -Dbench.warmup="$warmup" -Dbench.model="$model" -Dbench.users="$users" \
      -Dbench.callers="$feeder" \
      -Dbench.profileUrl="http://localhost:$PROFILE_PORT" \
      -Dbench.activityUrl="http://localhost:$ACTIVITY_PORT" \
      -Dbench.recommendationUrl="http://localhost:$RECOMMENDATION_PORT" \
      -Dbench.baselineUrl="http://localhost:$BASELINE_PORT" \
      io.gatling.app.Gatling --simulation dev.rapport.bench.load.RapportSimulation \
      --results-folder "$GATLING_DIR" --run-description "$s" > "$BENCH_DIR/logs/gatling-$s.log" 2>&1 &
    TOOL_PID=$!
    wait $TOOL_PID || status=$?
    local report
    report=$(find "$GATLING_DIR" -mindepth 1 -maxdepth 1 -type d -printf '%T@ %p\n' | sort -n | tail -1 | cut -d' ' -f2-)
    if [ "$(find "$GATLING_DIR" -mindepth 1 -maxdepth 1 -type d | wc -l)" -gt "$before" ]; then
      tool dev.rapport.bench.load.Summary --report "$report" --scenario "$s" --members "$members" \
        --model "$model" --rate "$r" --users "$users" --duration "$duration" --out "$results" || true
    fi
    if [ $status -ne 0 ]; then
      failed+=("$s")
      log "Scenario $s FAILED (exit $status): requests failed; see $BENCH_DIR/logs/gatling-$s.log and ${report:-no report}"
      grep -E "KO|failed|> " "$BENCH_DIR/logs/gatling-$s.log" | head -15 | sed 's/^/    /' || true
    fi
  done
  if [ -s "$BENCH_DIR/pids" ]; then
    printf 'service\trss_after_load_mib\n' > "$BENCH_DIR/rss-after-load.tsv"
    while read -r name pid; do
      printf '%s\t%s\n' "$name" "$(rapport_rss_mib "$pid")" >> "$BENCH_DIR/rss-after-load.tsv"
    done < "$BENCH_DIR/pids"
  fi
  log "Figures (also in $results):"
  tail -n "${#list[@]}" "$results" | cut -f3-14 | column -t -s $'\t' | sed 's/^/  /'
  if [ ${#failed[@]} -gt 0 ]; then
    die "Failed scenarios: ${failed[*]}"
  fi
}

# --- explain ---------------------------------------------------------------------------------
# The heaviest query behind each endpoint, as the services really run it: auto_explain logs every
# plan with ANALYZE and BUFFERS while each scenario runs briefly; the slowest is kept.
cmd_explain() {
  build
  local pglog=${BENCH_PG_LOG:-$(ls -1t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)}
  [ -r "$pglog" ] || die "explain needs the PostgreSQL server log (BENCH_PG_LOG); none readable"
  mapfile -t args < <(db_args)
  local settings="SET session_preload_libraries = 'auto_explain'"
  for db in "$PROFILE_DB" "$ACTIVITY_DB" "$RECOMMENDATION_DB"; do
    tool dev.rapport.bench.load.Sql --server "$SERVER" --user "$PGUSER" --password "${PGPASSWORD:-}" --db postgres \
      --sql "ALTER DATABASE $db $settings" \
      --sql "ALTER DATABASE $db SET auto_explain.log_min_duration = 0" \
      --sql "ALTER DATABASE $db SET auto_explain.log_analyze = on" \
      --sql "ALTER DATABASE $db SET auto_explain.log_buffers = on"
  done
  reset_explain() {
    for db in "$PROFILE_DB" "$ACTIVITY_DB" "$RECOMMENDATION_DB"; do
      tool dev.rapport.bench.load.Sql --server "$SERVER" --user "$PGUSER" --password "${PGPASSWORD:-}" --db postgres \
        --sql "ALTER DATABASE $db RESET ALL" || true
    done
  }
  trap 'stop_all; reset_explain' EXIT
  RAPPORT_FEEDS_EVERY=off start_system with_baseline
  mkdir -p "$BENCH_DIR/explain"
  local s
  for s in "${SCENARIOS[@]}"; do
    [ "$s" = baseline ] || [ "$s" = mixed ] && continue
    local from
    from=$(stat -c %s "$pglog")
    cmd_load --scenario "$s" --only --rate 5 --duration 5 --warmup 0 > "$BENCH_DIR/logs/explain-$s.log" 2>&1 || true
    local dbs=$PROFILE_DB
    case $s in
      activity-*|relationships|nudges) dbs=$ACTIVITY_DB ;;
      *-recommendations|study-buddies|share-targets) dbs=$RECOMMENDATION_DB ;;
    esac
    tool dev.rapport.bench.load.Explain --log "$pglog" --from "$from" --databases "$dbs" \
      --out "$BENCH_DIR/explain/$s.txt"
  done
  stop_all
  reset_explain
  trap - EXIT
  log "Plans in $BENCH_DIR/explain/"
}

# --- smoke -------------------------------------------------------------------------------------
cmd_smoke() {
  build
  log "Smoke: 1 000 members into ${PREFIX}*, every scenario briefly"
  # How fast the read model catches up is a figure, not a pass mark: the smoke goes on after two
  # minutes whatever it reached, and fails only where a step or a request fails.
  local seeded=0
  cmd_seed --members 1000 --catch-up-minutes 2 || seeded=$?
  [ $seeded -eq 0 ] || [ $seeded -eq 3 ] || return $seeded
  "$0" run > "$BENCH_DIR/logs/run.log" 2>&1 &
  local run=$!
  trap 'kill $run 2>/dev/null; wait $run 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    [ -s "$BENCH_DIR/run.tsv" ] && [ "$BENCH_DIR/run.tsv" -nt "$BENCH_DIR/seed.tsv" ] && break
    kill -0 $run 2>/dev/null || { cat "$BENCH_DIR/logs/run.log"; die "bench.sh run ended"; }
    sleep 1
  done
  local status=0
  cmd_load --rate 5 --duration 2 --warmup 1 --callers 40 || status=$?
  kill $run 2>/dev/null; wait $run 2>/dev/null || true
  trap - EXIT
  return $status
}

case ${1:-} in
  seed) shift; cmd_seed "$@" ;;
  run) shift; cmd_run "$@" ;;
  load) shift; cmd_load "$@" ;;
  smoke) shift; cmd_smoke "$@" ;;
  explain) shift; cmd_explain "$@" ;;
  *) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2 ;;
esac
