# Builds one Rapport service from this repository: docker build --build-arg SERVICE=profile-service .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY common/ common/
COPY profile-service/ profile-service/
COPY activity-service/ activity-service/
COPY recommendation-service/ recommendation-service/
ARG SERVICE
RUN ./mvnw -B -q -pl ${SERVICE} -am package -DskipTests -Dquarkus.analytics.disabled=true

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ ./
RUN useradd --system --uid 185 rapport && mkdir -p /app/.rapport && chown -R rapport /app
USER 185
ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
