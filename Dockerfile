# Builds one Rapport service from this repository: docker build --build-arg SERVICE=profile-service .
# The whole Maven reactor is copied (less what .dockerignore leaves out), so every module the root
# pom lists is there for -pl SERVICE -am; Maven's downloads stay in a BuildKit cache between builds.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" || { echo "build with --build-arg SERVICE=<module>" >&2; exit 1; }; \
    ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests -Dquarkus.analytics.disabled=true

# The runtime: a JRE, the application files owned by root (read-only to the service), and an
# unprivileged user that may write only /app/.rapport (the dev profile's generated signing key).
FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
RUN useradd --system --uid 185 --no-create-home rapport && mkdir -p /app/.rapport && chown 185 /app/.rapport
# Quarkus' fast-jar layout, libraries first: they change less often than the application's own code.
COPY --from=build /src/${SERVICE}/target/quarkus-app/lib/ ./lib/
COPY --from=build /src/${SERVICE}/target/quarkus-app/*.jar ./
COPY --from=build /src/${SERVICE}/target/quarkus-app/app/ ./app/
COPY --from=build /src/${SERVICE}/target/quarkus-app/quarkus/ ./quarkus/
# The JVM settings run.sh and the benchmarks use too (heap, collector, stacks): one file for all.
COPY --from=build /src/scripts/lib/jvm.options ./jvm.options
# An AppCDS archive made by this image's own JRE (one made by the build stage's JDK would not match
# it): Quarkus stops right after its static initialisation, so no database is needed here. In the
# prod profile that stop is a refusal to start without the production secrets (exit 1, by design);
# the archive is written at exit all the same, and its presence is what this step checks.
RUN java @/app/jvm.options -XX:ArchiveClassesAtExit=/app/app-cds.jsa -Dquarkus.appcds.generate=true \
      -jar /app/quarkus-run.jar > /tmp/appcds.log 2>&1; \
    test -s /app/app-cds.jsa || { cat /tmp/appcds.log; exit 1; }
USER 185
# Listen on every interface whatever the profile (the dev profile would listen on localhost only).
# JAVA_OPTS (more JVM settings; later flags win over jvm.options) and JAVA_OPTS_APPEND are the
# deployment's to set.
# MALLOC_ARENA_MAX: two glibc malloc arenas instead of one per allocating thread (less resident
# memory; the JVM's heap does not use malloc).
ENV QUARKUS_HTTP_HOST=0.0.0.0 \
    MALLOC_ARENA_MAX=2 \
    JAVA_OPTS="" \
    JAVA_OPTS_APPEND=""
ENTRYPOINT ["sh", "-c", "exec java @/app/jvm.options -XX:SharedArchiveFile=/app/app-cds.jsa $JAVA_OPTS $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
