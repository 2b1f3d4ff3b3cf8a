# The chatbot's image; the same image runs the standalone simulator (command "simulator").
#   docker build -t pos-chatbot .      docker compose up     (see README, "Deployment")

# --- build: the Maven wrapper on a JDK 25, tests skipped (CI runs them: .ci/run) ---
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# Dependencies in their own layer: a source change does not download them again.
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY frontend frontend
RUN ./mvnw -q -B package -DskipTests \
    && cp target/pos-chatbot-*.jar /src/app.jar

# --- runtime: JRE 25 only, a user without privileges ---
FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 chatbot \
    && useradd --system --uid 10001 --gid chatbot --home-dir /app --shell /usr/sbin/nologin chatbot \
    && install -d -o chatbot -g chatbot /app/models
WORKDIR /app
COPY --from=build /src/app.jar app.jar
COPY docker/healthcheck /usr/local/bin/healthcheck
# The intent model is read (and reloaded when replaced); review.txt is written next to it.
COPY --chown=chatbot:chatbot models/intent-model.bin models/training.txt models/
# Numeric, so a platform that insists on a non-root user (runAsNonRoot) can check it.
USER 10001:10001
# 4006: the chatbot. 4001-4005: the five services, when the container runs "simulator".
EXPOSE 4006 4001 4002 4003 4004 4005
# No curl or wget in this image: the check talks HTTP over bash's /dev/tcp. DEGRADED (a sick
# downstream) is still 200, so only a chatbot that cannot serve at all turns unhealthy.
# The simulator's containers override it (docker-compose.yml checks its five ports).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["healthcheck", "/actuator/health", "4006"]
# --enable-preview: StructuredTaskScope is a preview API in Java 25.
ENTRYPOINT ["java", "--enable-preview", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
