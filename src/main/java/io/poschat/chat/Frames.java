package io.poschat.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.poschat.conversation.Answer;
import io.poschat.conversation.ErrorCode;
import io.poschat.conversation.Outcome;
import io.poschat.downstream.AuthInfo;
import io.poschat.downstream.CallRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the protocol's server frames (protocol.md); the same objects serve the HTTP API. */
@Component
class Frames {

    private final ObjectMapper json;

    Frames(ObjectMapper json) {
        this.json = json;
    }

    String write(Map<String, Object> frame) {
        try {
            return json.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a frame could not be written", e);
        }
    }

    Map<String, Object> ready(AuthInfo user) {
        Map<String, Object> frame = frame("ready", null);
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("id", user.userId());
        who.put("name", user.name());
        who.put("roles", user.roles());
        Map<String, Object> tenant = new LinkedHashMap<>();
        tenant.put("id", user.tenantId());
        tenant.put("name", user.tenantName());
        tenant.put("currency", user.currency());
        tenant.put("timezone", user.timezone());
        frame.put("user", who);
        frame.put("tenant", tenant);
        frame.put("permissions", user.permissions().stream().sorted().toList());
        return frame;
    }

    Map<String, Object> pong() {
        return frame("pong", null);
    }

    Map<String, Object> error(String id, ErrorCode code, String message) {
        Map<String, Object> frame = frame("error", id);
        frame.put("code", code.wire());
        frame.put("message", message);
        return frame;
    }

    Map<String, Object> progress(String id, CallRecord call) {
        Map<String, Object> frame = frame("progress", id);
        frame.put("service", call.service().id());
        frame.put("endpoint", call.endpoint());
        frame.put("status", call.status().wire());
        frame.put("ms", call.ms());
        return frame;
    }

    Map<String, Object> outcome(String id, Outcome outcome) {
        return switch (outcome) {
            case Outcome.Answered answered -> answer(id, answered.answer());
            case Outcome.Clarify clarify -> clarify(id, clarify);
            case Outcome.Refused refused -> error(id, refused.code(), refused.message());
        };
    }

    private Map<String, Object> answer(String id, Answer answer) {
        Map<String, Object> frame = frame("answer", id);
        frame.put("text", answer.text());
        frame.put("intent", answer.intent());
        frame.put("confidence", Math.round(answer.confidence() * 1000) / 1000.0);
        Map<String, Object> slots = new LinkedHashMap<>();
        if (answer.slots().from() != null) {
            slots.put("from", answer.slots().from().toString());
            slots.put("to", answer.slots().to().toString());
        }
        if (answer.slots().limit() != null) {
            slots.put("limit", answer.slots().limit());
        }
        frame.put("slots", slots);
        frame.put("data", answer.data());
        frame.put("suggestions", answer.suggestions());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("correlation_id", answer.meta().correlationId());
        meta.put("partial", answer.meta().partial());
        meta.put("total_ms", answer.meta().totalMs());
        meta.put("calls", answer.meta().calls().stream().map(Frames::call).toList());
        frame.put("meta", meta);
        return frame;
    }

    private static Map<String, Object> call(CallRecord call) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("service", call.service().id());
        map.put("endpoint", call.endpoint());
        map.put("status", call.status().wire());
        map.put("started_ms", call.startedMs());
        map.put("ms", call.ms());
        map.put("cached", call.cached());
        return map;
    }

    private Map<String, Object> clarify(String id, Outcome.Clarify clarify) {
        Map<String, Object> frame = frame("clarify", id);
        frame.put("text", clarify.text());
        List<Map<String, String>> options = clarify.options().stream()
                .map(option -> Map.of("label", option.label(), "text", option.text()))
                .toList();
        frame.put("options", options);
        return frame;
    }

    private static Map<String, Object> frame(String type, String id) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        if (id != null) {
            frame.put("id", id);
        }
        return frame;
    }
}
