# One image per service, built from the sources: docker compose passes SERVICE (ingest-service,
# catalog-service or search-service). Build context: the repository root.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl ${SERVICE} -am package \
    && cp ${SERVICE}/target/${SERVICE}.jar /service.jar

FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 service
COPY --from=build /service.jar /app/service.jar
USER service
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
