package io.poschat.simulator;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

/** Writes a reply to the wire, faithfully or in one of the ways a failing service would. */
final class Delivery {

    private static final String JSON = "application/json";
    private static final int SLOW_STEP_MILLIS = 100;
    private static final int SLOW_MIN_CHUNK = 8;

    private final Hangs hangs;
    private final Duration slowBody;

    Delivery(Hangs hangs, Duration slowBody) {
        this.hangs = hangs;
        this.slowBody = slowBody;
    }

    void send(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        if (body == null) {
            return;
        }
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A 200 whose body is the first half of the real document. A strict prefix of a compact JSON
     * object or array never parses: its outermost bracket is still open.
     */
    void sendMalformed(HttpServletResponse response, byte[] body) throws IOException {
        send(response, 200, Arrays.copyOf(body, body.length / 2));
    }

    /** The whole body, a few bytes at a time, spread over the configured duration. */
    void sendSlowly(HttpServletResponse response, int status, byte[] body) throws IOException, InterruptedException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setContentLength(body.length);
        ServletOutputStream out = response.getOutputStream();
        long steps = Math.max(1, slowBody.toMillis() / SLOW_STEP_MILLIS);
        int chunk = (int) Math.max(SLOW_MIN_CHUNK, (body.length + steps - 1) / steps);
        int chunks = (body.length + chunk - 1) / chunk;
        Duration pause = slowBody.dividedBy(Math.max(1, chunks));
        for (int offset = 0; offset < body.length; offset += chunk) {
            out.write(body, offset, Math.min(chunk, body.length - offset));
            out.flush();
            if (offset + chunk < body.length && !hangs.hold(pause)) {
                out.write(body, offset + chunk, body.length - offset - chunk);
                return;
            }
        }
    }

    /**
     * Declares the full length, sends half the body and closes the connection: the client sees the
     * stream end before the promised length, as when a service dies mid-response.
     */
    void sendCut(HttpServletResponse response, int status, byte[] body) throws IOException {
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType(JSON);
        response.setContentLength(body.length);
        response.getOutputStream().write(body, 0, body.length / 2);
        response.flushBuffer();
    }
}
