package io.poschat.downstream;

import com.fasterxml.jackson.databind.JavaType;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The auth service: who a token belongs to. Asked when a chat session signs in and when its sign-in
 * is re-checked (and per minute per token over HTTP); never cached here.
 */
@Component
public class AuthClient {

    private final CallPipeline pipeline;
    private final DownstreamProperties properties;
    private final JavaType authInfo;

    AuthClient(CallPipeline pipeline, DownstreamProperties properties, JsonBodies json) {
        this.pipeline = pipeline;
        this.properties = properties;
        this.authInfo = json.type(AuthInfo.class);
    }

    /**
     * The token's user and tenant. An unknown or expired token ends as {@code Failed(REJECTED)};
     * an unreachable auth service as any other failure, so callers can tell the two apart.
     */
    public CallOutcome<AuthInfo> verify(String token, String correlationId) {
        Duration timeout = properties.auth().timeout();
        CallContext ctx = new CallContext(
                "", ZoneOffset.UTC, token, correlationId, Deadline.after(timeout), System.nanoTime(), call -> {});
        return pipeline.get(Service.AUTH, "/auth/verify", "", authInfo, CachePolicy.NONE, ctx);
    }
}
