package io.poschat.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.poschat.conversation.ErrorCode;
import io.poschat.conversation.Outcome;
import io.poschat.conversation.QuestionHandler;
import io.poschat.conversation.Session;
import io.poschat.conversation.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/ask}: the same answer object as the WebSocket, for clients without one. A
 * token's sign-in is kept for a minute, so a script asking many questions costs one auth call.
 */
@RestController
class AskController {

    private static final Duration SIGNED_IN_FOR = Duration.ofMinutes(1);
    private static final Duration REFUSED_FOR = Duration.ofSeconds(30);

    private final QuestionHandler questions;
    private final SignIn signIn;
    private final Frames frames;
    private final ChatProperties properties;
    private final Cache<String, SignIn.Result> sessions = Caffeine.newBuilder()
            .expireAfter(Expiry.<String, SignIn.Result>writing(
                    (token, result) -> result instanceof SignIn.Result.SignedIn ? SIGNED_IN_FOR : REFUSED_FOR))
            .maximumSize(10_000)
            .recordStats()
            .build();

    AskController(
            QuestionHandler questions, SignIn signIn, Frames frames, ChatProperties properties, MeterRegistry meters) {
        this.questions = questions;
        this.signIn = signIn;
        this.frames = frames;
        this.properties = properties;
        CaffeineCacheMetrics.monitor(meters, sessions, "http_sign_ins");
    }

    @PostMapping(path = "/api/ask", produces = "application/json")
    ResponseEntity<Map<String, Object>> ask(
            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestBody(required = false) Map<String, Object> body)
            throws InterruptedException {
        var bearer = BearerToken.from(authorization);
        if (bearer.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "Send Authorization: Bearer <token>.");
        }
        Object text = body == null ? null : body.get("text");
        if (!(text instanceof String question) || question.isBlank()) {
            return error(
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.BAD_REQUEST,
                    "Send a JSON body with a non-empty string \"text\".");
        }
        if (question.getBytes(StandardCharsets.UTF_8).length > properties.maxQuestionBytes()) {
            return error(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.TOO_LARGE, "That question is too long.");
        }
        String token = bearer.get();
        Session session;
        switch (signInOnce(token)) {
            case SignIn.Result.SignedIn signedIn -> session = signedIn.session();
            case SignIn.Result.Rejected rejected -> {
                return error(HttpStatus.UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, rejected.message());
            }
            case SignIn.Result.Unavailable unavailable -> {
                return error(HttpStatus.SERVICE_UNAVAILABLE, ErrorCode.INTERNAL, unavailable.message());
            }
        }
        Outcome outcome = questions.ask(session, question, call -> {});
        var response = ResponseEntity.status(statusOf(outcome));
        if (outcome instanceof Outcome.Refused refused && refused.code() == ErrorCode.RATE_LIMITED) {
            response.header(HttpHeaders.RETRY_AFTER, "1"); // the limits are per second
        }
        return response.body(frames.outcome(null, outcome));
    }

    /**
     * One sign-in per token, shared by concurrent first requests: kept a minute when it worked, and
     * half a minute when the token was refused, so a script with a bad token cannot flood the auth
     * service. An unreachable auth service is asked again next time.
     */
    private SignIn.Result signInOnce(String token) {
        SignIn.Result result =
                sessions.get(token, t -> signIn.signIn(t, UUID.randomUUID().toString()));
        if (result instanceof SignIn.Result.Unavailable) {
            sessions.invalidate(token);
        }
        return result;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(
                HttpStatus.BAD_REQUEST,
                ErrorCode.BAD_REQUEST,
                "The body is not JSON. Send {\"text\": \"your question\"}.");
    }

    private static HttpStatus statusOf(Outcome outcome) {
        if (!(outcome instanceof Outcome.Refused refused)) {
            return HttpStatus.OK;
        }
        return switch (refused.code()) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
    }

    private ResponseEntity<Map<String, Object>> error(HttpStatus status, ErrorCode code, String message) {
        return ResponseEntity.status(status).body(frames.error(null, code, message));
    }
}
