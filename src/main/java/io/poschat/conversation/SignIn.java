package io.poschat.conversation;

import io.poschat.downstream.AuthClient;
import io.poschat.downstream.CallOutcome;
import io.poschat.downstream.CallOutcome.Problem;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Turns a bearer token into a {@link Session}, asking the auth service once. */
@Component
public class SignIn {

    private final AuthClient auth;
    private final Clock clock;

    SignIn(AuthClient auth, Clock clock) {
        this.auth = auth;
        this.clock = clock;
    }

    public Result signIn(String token, String correlationId) {
        if (token == null || token.isBlank()) {
            return new Result.Rejected("No token was given. Sign in again.");
        }
        return switch (auth.verify(token.strip(), correlationId)) {
            case CallOutcome.Ok<io.poschat.downstream.AuthInfo> ok ->
                new Result.SignedIn(new Session(token.strip(), ok.value(), clock.instant()));
            case CallOutcome.Failed<?> failed
            when failed.problem() == Problem.REJECTED ->
                new Result.Rejected("That token is not valid or has expired. Sign in again.");
            default -> new Result.Unavailable("I can't check who you are right now. Please try again in a moment.");
        };
    }

    /** The outcome of a sign-in. */
    public sealed interface Result {
        record SignedIn(Session session) implements Result {}

        record Rejected(String message) implements Result {}

        /** The auth service could not be asked: the token may be fine. */
        record Unavailable(String message) implements Result {}
    }
}
