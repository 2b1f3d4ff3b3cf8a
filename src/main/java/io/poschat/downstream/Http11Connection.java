package io.poschat.downstream;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 connection to a service, used by one call at a time on the caller's own (virtual)
 * thread: the request is written and the response read right there, with no selector thread, no
 * futures and no hand-offs, which is what made the JDK client cost more CPU than the work itself.
 *
 * <p>Every read waits at most until the call's deadline (the socket timeout is set to what is left
 * before each read), so one timeout covers the whole exchange, a body that dribbles included. A
 * virtual thread interrupted while it reads closes the socket (JDK behaviour), which is how a
 * cancelled question drops its connections.
 */
final class Http11Connection implements Closeable {

    /** A status line and headers longer than this are not a service's answer. */
    private static final int MAX_HEAD_BYTES = 64 * 1024;
    /**
     * A year of one tenant's orders is about 15 MiB; a body claiming more is not read, so that a
     * broken or hostile service cannot make us allocate what it likes.
     */
    static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

    /** The service sent, or announced, a body over {@link #MAX_BODY_BYTES}. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long bytes) {
            super("a body of " + (bytes < 0 ? "more than " + MAX_BODY_BYTES : bytes) + " bytes, over the "
                    + MAX_BODY_BYTES / (1024 * 1024) + " MiB an answer may have");
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long deadlineNanos;
    private boolean answered;
    private long idleSinceNanos;

    private Http11Connection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** A new connection, opened before {@code deadlineNanos} or a {@link SocketTimeoutException}. */
    static Http11Connection open(HttpTarget target, long connectTimeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(
                    new InetSocketAddress(target.host(), target.port()), (int) Math.max(1, connectTimeoutMillis));
            if (target.tls()) {
                SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(socket, target.host(), target.port(), true);
                SSLParameters parameters = tls.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                tls.setSSLParameters(parameters);
                return new Http11Connection(tls);
            }
            return new Http11Connection(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** A status, its body and whether the connection may carry another request. */
    record Response(int status, byte[] body, boolean reusable) {}

    /**
     * Sends {@code request} (a whole request head) and reads the answer. {@link #answered()} tells
     * afterwards whether any byte of an answer came, so that a kept-alive connection the server had
     * already closed can be told from a service that failed.
     */
    Response exchange(byte[] request, long deadlineNanos) throws IOException {
        this.deadlineNanos = deadlineNanos;
        answered = false;
        out.write(request);
        out.flush();
        while (true) {
            String statusLine = line();
            answered = true;
            int status = statusOf(statusLine);
            Head head = head();
            if (status >= 100 && status < 200) {
                continue; // 100 Continue and the like: the real answer follows
            }
            boolean http11 = statusLine.startsWith("HTTP/1.1");
            boolean reusable = http11 && !head.close;
            byte[] body;
            if (status == 204 || status == 304) {
                body = new byte[0];
            } else if (head.chunked) {
                body = chunkedBody();
            } else if (head.contentLength >= 0) {
                body = exactly(head.contentLength);
            } else {
                body = untilClosed();
                reusable = false;
            }
            return new Response(status, body, reusable);
        }
    }

    /** Whether the last exchange got any byte of an answer. */
    boolean answered() {
        return answered;
    }

    void idleFrom(long nanos) {
        idleSinceNanos = nanos;
    }

    long idleSinceNanos() {
        return idleSinceNanos;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing is all we wanted
        }
    }

    private record Head(long contentLength, boolean chunked, boolean close) {}

    private Head head() throws IOException {
        long contentLength = -1;
        boolean chunked = false;
        boolean close = false;
        int headBytes = 0;
        for (String line = line(); !line.isEmpty(); line = line()) {
            headBytes += line.length();
            if (headBytes > MAX_HEAD_BYTES) {
                throw new IOException("response head over " + MAX_HEAD_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("not an HTTP header line");
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("content-length")) {
                contentLength = contentLength(value);
            } else if (name.equalsIgnoreCase("transfer-encoding")) {
                chunked = value.toLowerCase(java.util.Locale.ROOT).endsWith("chunked");
            } else if (name.equalsIgnoreCase("connection")) {
                close = value.toLowerCase(java.util.Locale.ROOT).contains("close");
            }
        }
        return new Head(contentLength, chunked, close);
    }

    private static long contentLength(String value) throws IOException {
        try {
            long length = Long.parseLong(value);
            if (length < 0 || length > Integer.MAX_VALUE - 16) {
                throw new IOException("Content-Length out of range: " + value);
            }
            return length;
        } catch (NumberFormatException e) {
            throw new IOException("Content-Length not a number: " + value);
        }
    }

    private static int statusOf(String statusLine) throws IOException {
        // "HTTP/1.1 200 OK": the three digits after the first space
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new IOException("not an HTTP/1.x status line");
        }
        int status = 0;
        for (int i = 9; i < 12; i++) {
            char c = statusLine.charAt(i);
            if (c < '0' || c > '9') {
                throw new IOException("not an HTTP status");
            }
            status = status * 10 + (c - '0');
        }
        return status;
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(limit - position + 1024);
        while (true) {
            String sizeLine = line();
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new IOException("broken chunk size");
            }
            if (size < 0) {
                throw new IOException("broken chunk size");
            }
            if (size == 0) {
                while (!line().isEmpty()) {
                    // trailers: nobody reads them
                }
                return body.toByteArray();
            }
            if (body.size() + (long) size > MAX_BODY_BYTES) {
                throw new BodyTooLarge(-1);
            }
            copy(size, body);
            if (!line().isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private byte[] exactly(long length) throws IOException {
        if (length > MAX_BODY_BYTES) {
            throw new BodyTooLarge(length);
        }
        byte[] body = new byte[(int) length];
        int filled = 0;
        while (filled < length) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(limit - position, body.length - filled);
            System.arraycopy(buffer, position, body, filled, n);
            position += n;
            filled += n;
        }
        return body;
    }

    private void copy(int length, ByteArrayOutputStream to) throws IOException {
        int left = length;
        while (left > 0) {
            if (position == limit) {
                fill();
            }
            int n = Math.min(limit - position, left);
            to.write(buffer, position, n);
            position += n;
            left -= n;
        }
    }

    private byte[] untilClosed() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(buffer, position, limit - position);
        position = limit;
        while (true) {
            try {
                fill();
            } catch (EOFException end) {
                return body.toByteArray();
            }
            body.write(buffer, position, limit - position);
            position = limit;
            if (body.size() > MAX_BODY_BYTES) {
                throw new BodyTooLarge(-1);
            }
        }
    }

    /** One line without its CRLF (a bare LF is taken too), read as ISO-8859-1. */
    private String line() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) {
                fill();
            }
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String part = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    if (line == null) {
                        return part;
                    }
                    line.append(part);
                    if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                        line.setLength(line.length() - 1);
                    }
                    return line.toString();
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            line.append(new String(buffer, position, limit - position, StandardCharsets.ISO_8859_1));
            position = limit;
            if (line.length() > MAX_HEAD_BYTES) {
                throw new IOException("line over " + MAX_HEAD_BYTES + " bytes");
            }
        }
    }

    /** Reads more, waiting no later than the deadline. */
    private void fill() throws IOException {
        long leftMillis = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (leftMillis <= 0) {
            throw new SocketTimeoutException("deadline passed");
        }
        socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, leftMillis));
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
            throw new EOFException("connection closed by the service");
        }
        position = 0;
        limit = n;
    }
}
