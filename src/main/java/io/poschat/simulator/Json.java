package io.poschat.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.OffsetDateTime;

/**
 * The simulator's own JSON mapping, independent of how the chatbot configures Jackson: snake_case
 * fields, ISO-8601 dates and times, money as plain decimals. The sales bodies (orders, payments,
 * totals) are written by hand ({@link SalesJson}).
 */
final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("simulator-times").addSerializer(OffsetDateTime.class, new TimeWriter()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {}

    /** Every other body's times (a table's {@code seated_at}) as the sales bodies write them. */
    private static final class TimeWriter extends StdSerializer<OffsetDateTime> {
        TimeWriter() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime time, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(JsonBytes.OFFSET_TIME.format(time));
        }
    }

    static byte[] write(Object value) {
        byte[] sales = SalesJson.write(value);
        if (sales != null) {
            return sales;
        }
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass(), e);
        }
    }

    static JsonNode read(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("missing JSON body; send it with Content-Type: application/json");
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badRequest("body is not valid JSON");
        }
    }
}
