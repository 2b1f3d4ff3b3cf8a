package io.poschat.chat;

/**
 * One socket's frame as Tomcat hands it over in parts. Tomcat reads a frame into a buffer allocated
 * per socket, and a frame larger than that buffer is either refused (1009) or, for a handler that
 * takes parts, handed over a buffer at a time. Buffers as large as the protocol's 64 KiB limit cost
 * 192 KiB per socket (text in chars, and binary), held for the socket's life and copied by every
 * young collection while it lives. So the buffers are small, and the few frames longer than them
 * are joined here, up to the limit, counted in UTF-8 bytes as they came over the wire.
 *
 * <p>Tomcat delivers one socket's parts one after another, never at once, in order. A frame over the
 * limit ends the socket (1009): from then on nothing is taken, and {@link #over()} stays true.
 */
final class FrameParts {

    private final long maxBytes;
    private StringBuilder joined;
    private long bytes;
    private boolean over;

    FrameParts(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Adds a part of a text frame.
     *
     * @return the whole frame when {@code last}, else null; null too once over the limit
     */
    String text(String part, boolean last) {
        if (over) {
            return tooLong();
        }
        if (joined == null && last && 3L * part.length() <= maxBytes) {
            // The usual case: a frame that fitted in the buffer, handed over whole. No UTF-16 char
            // takes more than 3 bytes in UTF-8, so it is within the limit without counting them.
            return part;
        }
        if (!counted(utf8Bytes(part))) {
            return tooLong();
        }
        if (joined == null && last) {
            bytes = 0;
            return part;
        }
        if (joined == null) {
            joined = new StringBuilder(part.length() * 2);
        }
        joined.append(part);
        if (!last) {
            return null;
        }
        String frame = joined.toString();
        reset();
        return frame;
    }

    /**
     * Adds a part of a binary frame, whose content the protocol has no use for.
     *
     * @return true when this was the frame's last part and it was within the limit
     */
    boolean binary(int partBytes, boolean last) {
        if (over || !counted(partBytes)) {
            tooLong();
            return false;
        }
        if (last) {
            reset();
        }
        return last;
    }

    /** Whether a frame went over the limit: the socket is to be closed with 1009. */
    boolean over() {
        return over;
    }

    private boolean counted(long partBytes) {
        bytes += partBytes;
        return bytes <= maxBytes;
    }

    /** Drops what came of a frame over the limit. */
    private String tooLong() {
        joined = null;
        over = true;
        return null;
    }

    private void reset() {
        joined = null;
        bytes = 0;
    }

    /** The length of {@code text} in UTF-8, without encoding it (a lone surrogate counts as one '?'). */
    static long utf8Bytes(String text) {
        long count = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                count++;
            } else if (c < 0x800) {
                count += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                count += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                count++;
            } else {
                count += 3;
            }
        }
        return count;
    }
}
