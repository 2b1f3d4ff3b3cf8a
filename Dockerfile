# Builds the chatbot jar and runs it on Java 25 (preview features on, for StructuredTaskScope).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY frontend frontend
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/pos-chatbot-0.1.0-SNAPSHOT.jar app.jar
COPY models models
EXPOSE 4006 4001 4002 4003 4004 4005
ENTRYPOINT ["java", "--enable-preview", "-jar", "app.jar"]
