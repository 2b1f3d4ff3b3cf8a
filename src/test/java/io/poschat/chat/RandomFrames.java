package io.poschat.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Random and malformed chat frames, all drawn from one seed so a run can be repeated exactly: frames
 * shaped like questions with fields of every kind and the wrong kind, the same cut short or spoiled,
 * junk text, deep nesting, bare JSON values, binary frames. Frames over the 64 KiB the server accepts
 * are not made (the server closes the socket on them by design; ChatProtocolTest shows it).
 */
final class RandomFrames {

    static final int MAX_FRAME_BYTES = 65_536;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> BARE =
            List.of("", " ", "null", "true", "42", "\"ask\"", "[]", "{}", "[1,2", "{\"type\":");
    private static final List<String> ODD_TYPES = List.of("ping", "auth", "ready", "answer", "ASK", "", "<script>");
    private static final List<String> QUESTIONS = List.of(
            "what's my revenue today?",
            "revenue for cafe-2 today",
            "top 3 products this week",
            "how many tables are free?",
            "and yesterday?",
            "hello",
            "<script>alert('x')</script> revenue",
            "revenue 🍕🍕 today 👩‍🍳",
            "revenue\u0000today\u0007\u001b[31m",
            "top 999999999999999999999 products",
            "x".repeat(5_000));
    private static final List<String> PIECES =
            List.of("😀", "🍕", "👩‍🍳", "🇪🇸", "<", ">", "/", "\"", "'", "\\", "&", ";", "{", "}", "[", "]");
    private static final List<String> ATTACKS =
            List.of("<img src=x onerror=alert(1)>", "'; DROP TABLE orders; --", "${jndi:ldap://x}", "%s%n%x");
    private static final List<Long> EDGE_LONGS = List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE);

    private final RandomGenerator random;

    RandomFrames(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next frame of the seed's sequence. */
    Frame next() {
        while (true) {
            Frame frame = any();
            if (frame.binary() != null || frame.text().getBytes(StandardCharsets.UTF_8).length <= MAX_FRAME_BYTES) {
                return frame;
            }
        }
    }

    private Frame any() {
        int pick = random.nextInt(11);
        if (pick < 4) {
            return Frame.text(object().toString());
        } else if (pick < 6) {
            return Frame.text(broken(object().toString()));
        } else if (pick < 8) {
            return Frame.text(random.nextBoolean() ? string() : ascii(2_000));
        } else if (pick < 9) {
            return Frame.text(nested());
        } else if (pick < 10) {
            return Frame.text(oneOf(BARE));
        }
        byte[] bytes = new byte[random.nextInt(301)];
        random.nextBytes(bytes);
        return new Frame(null, bytes);
    }

    /** An object shaped like a frame, with fields of every kind and the wrong kind. */
    private ObjectNode object() {
        JsonNode type = type();
        JsonNode id = value();
        JsonNode text = value();
        String question = question();
        int extra = random.nextInt(4);

        ObjectNode node = NODES.objectNode();
        if (type != null) {
            node.set("type", type);
        }
        if (id != null) {
            node.set("id", id);
        }
        node.set("text", extra == 0 ? text : NODES.textNode(question));
        switch (extra) {
            case 1 -> node.put("tenant", "cafe-2").put("tenant_id", "cafe-2");
            case 2 -> node.put("token", "demo-cafe");
            case 3 -> node.set("user", NODES.objectNode().put("tenant", "cafe-2"));
            default -> {}
        }
        return node;
    }

    /** Mostly "ask"; else another type, any value, or none. */
    private JsonNode type() {
        int pick = random.nextInt(9);
        if (pick < 6) {
            return NODES.textNode("ask");
        } else if (pick < 7) {
            return NODES.textNode(oneOf(ODD_TYPES));
        } else if (pick < 8) {
            return value();
        }
        return null;
    }

    /** Any JSON value: strings of every kind, numbers huge and small, null, booleans, arrays, objects. */
    private JsonNode value() {
        int pick = random.nextInt(8);
        if (pick < 4) {
            return NODES.textNode(string());
        } else if (pick < 5) {
            return NODES.textNode(alpha(20_000));
        } else if (pick < 6) {
            long number = random.nextInt(5) == 0 ? oneOf(EDGE_LONGS) : random.nextLong();
            return NODES.numberNode(number);
        } else if (pick < 7) {
            return random.nextBoolean() ? NODES.numberNode(1e308) : NODES.numberNode(new BigInteger("9".repeat(400)));
        }
        return oneOf(List.of(
                NODES.nullNode(),
                NODES.booleanNode(true),
                NODES.arrayNode().add(1).add("x"),
                NODES.objectNode().put("id", "inner")));
    }

    private String question() {
        return random.nextBoolean() ? oneOf(QUESTIONS) : string();
    }

    /** Control characters, emoji, quotes and brackets, script tags and other attacks. */
    private String string() {
        return switch (random.nextInt(4)) {
            // Anything short of a lone surrogate (which no text frame can carry).
            case 0 -> chars(120, '\u0000', '\uD7FF');
            case 1 -> ascii(60);
            case 2 -> {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(41); i > 0; i--) {
                    s.append(oneOf(PIECES));
                }
                yield s.toString();
            }
            default -> oneOf(ATTACKS);
        };
    }

    /** A well-formed frame cut short, with junk put in, with the wrong quotes, or twice over. */
    private String broken(String text) {
        int at = random.nextInt(Math.max(1, text.length()));
        return switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + "\u0000" + text.substring(at);
            case 2 -> text.substring(0, at) + "\"" + text.substring(at);
            case 3 -> text.replace("\"", "'");
            default -> text + text;
        };
    }

    /** Arrays and objects nested deeper than any parser should follow. */
    private String nested() {
        int depth = 1 + random.nextInt(5_000);
        return switch (random.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "]".repeat(depth);
            case 1 -> "{\"type\":\"ask\",\"id\":\"n\",\"text\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            default -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        };
    }

    private String ascii(int maxLength) {
        return chars(maxLength, '\u0000', '\u007F');
    }

    private String alpha(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int letter = random.nextInt(52);
            s.append((char) (letter < 26 ? 'a' + letter : 'A' + letter - 26));
        }
        return s.toString();
    }

    /** Up to {@code maxLength} characters from {@code from} to {@code to}; empty one time in ten. */
    private String chars(int maxLength, char from, char to) {
        int length = random.nextInt(10) == 0 ? 0 : random.nextInt(maxLength + 1);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) random.nextInt(from, to + 1));
        }
        return s.toString();
    }

    private <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A text frame ({@code binary} null) or a binary one ({@code text} null). */
    record Frame(String text, byte[] binary) {

        /** A text frame; a surrogate cut from its pair (no text frame can carry one) becomes "?". */
        static Frame text(String text) {
            StringBuilder wellFormed = new StringBuilder(text.length());
            text.codePoints()
                    .map(c -> c <= 0xFFFF && Character.isSurrogate((char) c) ? '?' : c)
                    .forEach(wellFormed::appendCodePoint);
            return new Frame(wellFormed.toString(), null);
        }

        /** The id the reply must carry: a string {@code id} of a JSON object, as the server reads it. */
        String usableId() {
            if (text == null) {
                return null;
            }
            try {
                JsonNode node = JSON.readTree(text);
                return node != null && node.isObject() && node.path("id").isTextual()
                        ? node.get("id").asText()
                        : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /** Exactly what was sent: a text frame as a JSON string literal, a binary one in hex. */
        String exactly() {
            if (text == null) {
                return "binary frame of " + binary.length + " bytes: "
                        + HexFormat.of().formatHex(binary);
            }
            try {
                return "text frame of " + text.length() + " chars: " + JSON.writeValueAsString(text);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
