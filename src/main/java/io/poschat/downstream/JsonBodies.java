package io.poschat.downstream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.poschat.downstream.CallOutcome.Problem;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Maps the services' snake_case JSON to records; anything off-contract is {@code MALFORMED}. Lists
 * of orders and times with an offset have readers of their own (cheaper in CPU than databind's, see
 * {@link OrdersDeserializer}); the rest is plain databind.
 */
@Component
class JsonBodies {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // Registered after JavaTimeModule, so these win over its readers.
            .registerModule(new SimpleModule("poschat-downstream")
                    .addDeserializer(OffsetDateTime.class, new IsoTimes.Deserializer())
                    .addDeserializer(Orders.class, new OrdersDeserializer()))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);

    JavaType type(Class<?> type) {
        return mapper.constructType(type);
    }

    JavaType listOf(Class<?> element) {
        return TypeFactory.defaultInstance().constructCollectionType(List.class, element);
    }

    JavaType mapOf(Class<?> value) {
        return TypeFactory.defaultInstance().constructMapType(Map.class, String.class, value);
    }

    Object read(byte[] body, JavaType type) throws DownstreamFailure {
        try {
            Object value = mapper.readValue(body, type);
            if (value == null) {
                throw new DownstreamFailure(Problem.MALFORMED, "body is JSON null");
            }
            if (value instanceof List<?> list && list.contains(null)) {
                throw new DownstreamFailure(Problem.MALFORMED, "list holds null");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw new DownstreamFailure(Problem.MALFORMED, "unreadable body: " + e.getMessage());
        }
    }
}
