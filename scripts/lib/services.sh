# Starting Rapport's packaged services: sourced by run.sh and scripts/bench.sh, so that both start
# them the same way (same JVM settings, profile and environment).
#
# The caller sets DB_HOST, DB_PORT, DB_USER, DB_PASSWORD, PROFILE_PORT, ACTIVITY_PORT, JWT_KEY (the
# dev signing key file) and LOG_DIR, and declares the array pids; rapport_start appends to it.

# The JVM settings every service runs with (also the container image's): scripts/lib/jvm.options.
RAPPORT_JVM_OPTIONS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/jvm.options"

# rapport_java jar: runs a packaged service with those settings (and JAVA_OPTS), from its
# quarkus-app directory and with the AppCDS archive Quarkus built there at package time: the archive
# records the class path as it was built (quarkus-run.jar, relative), so the JVM uses it only when
# started the same way, and otherwise ignores it and starts a little slower.
rapport_java() {
  local dir cds=()
  dir=$(dirname "$1")
  if [ -f "$dir/app-cds.jsa" ]; then
    cds=(-XX:SharedArchiveFile=app-cds.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
  # glibc gives each thread that allocates its own malloc arena (64 MiB of address space, resident
  # as it fills); two are plenty for a JVM, whose own heap does not use malloc.
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  cd "$dir" && exec java @"$RAPPORT_JVM_OPTIONS" "${cds[@]}" ${JAVA_OPTS:-} -jar "$(basename "$1")"
}

# rapport_start service port database [jar]: starts it in the background, logging to LOG_DIR.
rapport_start() {
  local jar=${4:-$1/target/quarkus-app/quarkus-run.jar}
  QUARKUS_PROFILE=dev \
  QUARKUS_HTTP_PORT=$2 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$3" \
  QUARKUS_DATASOURCE_USERNAME=$DB_USER \
  QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
  PROFILE_SERVICE_URL="http://localhost:$PROFILE_PORT" \
  ACTIVITY_SERVICE_URL="http://localhost:$ACTIVITY_PORT" \
  RECOMMENDATION_SERVICE_URL="http://localhost:${RECOMMENDATION_PORT:-8083}" \
  RAPPORT_JWT_PRIVATE_KEY_LOCATION="$JWT_KEY" \
    rapport_java "$jar" > "$LOG_DIR/$1.log" 2>&1 &
  pids+=($!)
  RAPPORT_PID[$1]=$!
  RAPPORT_STARTED_MS[$1]=$(date +%s%3N)
}

declare -gA RAPPORT_PID RAPPORT_STARTED_MS

# rapport_wait_ready service port [timeout-seconds]: waits for a 200 from /q/health/ready and sets
# RAPPORT_READY_MS to the milliseconds from the service's process start to that answer. Returns 1
# on time-out or when the process ended.
rapport_wait_ready() {
  local limit=${3:-90} started=$SECONDS
  until curl -fs "http://localhost:$2/q/health/ready" >/dev/null 2>&1; do
    if [ $((SECONDS - started)) -gt "$limit" ] || ! kill -0 "${RAPPORT_PID[$1]:-$$}" 2>/dev/null; then
      return 1
    fi
    sleep 0.1
  done
  RAPPORT_READY_MS=$(($(date +%s%3N) - ${RAPPORT_STARTED_MS[$1]:-$(date +%s%3N)}))
}

# rapport_rss_mib pid: the process's resident set (VmRSS) in MiB.
rapport_rss_mib() {
  awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}
