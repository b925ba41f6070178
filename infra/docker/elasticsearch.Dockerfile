# Elasticsearch with the project's Chinese analysis plugin (smartcn on the stable plugin API), the same
# plugin the local stack installs. Build context: the repository root.
FROM maven:3.9-eclipse-temurin-21 AS plugin
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -DskipTests -pl infra/elasticsearch-analysis-plugin -am package

FROM docker.elastic.co/elasticsearch/elasticsearch:9.5.2
COPY --from=plugin /src/infra/elasticsearch-analysis-plugin/target/elasticsearch-analysis-plugin.zip /tmp/analysis-plugin.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/analysis-plugin.zip
