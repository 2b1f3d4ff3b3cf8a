package io.poschat.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePartsTest {

    @Test
    void aFrameHandedOverWholeComesBackAsItIs() {
        FrameParts parts = new FrameParts(64);
        String frame = "{\"type\":\"ping\"}";

        assertThat(parts.text(frame, true)).isSameAs(frame);
        assertThat(parts.text(frame, true)).isSameAs(frame);
        assertThat(parts.over()).isFalse();
    }

    @Test
    void partsAreJoinedIntoTheFrameOnTheLastOne() {
        FrameParts parts = new FrameParts(64);

        assertThat(parts.text("{\"type\":", false)).isNull();
        assertThat(parts.text("\"pi", false)).isNull();
        assertThat(parts.text("ng\"}", true)).isEqualTo("{\"type\":\"ping\"}");
        // The next frame starts afresh.
        assertThat(parts.text("{}", true)).isEqualTo("{}");
    }

    @Test
    void theLimitCountsUtf8BytesAcrossTheFramesParts() {
        // "€" is 3 bytes, "é" 2, "😀" 4 (two chars): 10 chars, 20 bytes.
        String part = "€é😀€é😀";
        assertThat(FrameParts.utf8Bytes(part)).isEqualTo(3 + 2 + 4 + 3 + 2 + 4);

        FrameParts exact = new FrameParts(36);
        assertThat(exact.text(part, false)).isNull();
        assertThat(exact.text(part, true)).isEqualTo(part + part);
        assertThat(exact.over()).isFalse();

        FrameParts oneByteShort = new FrameParts(35);
        assertThat(oneByteShort.text(part, false)).isNull();
        assertThat(oneByteShort.text(part, true)).isNull();
        assertThat(oneByteShort.over()).isTrue();
    }

    @Test
    void aFrameOverTheLimitEndsTheReadingEvenOfFramesWithinIt() {
        FrameParts parts = new FrameParts(10);

        assertThat(parts.text("0123456789", false)).isNull();
        assertThat(parts.over()).isFalse();
        assertThat(parts.text("x", false)).isNull();
        assertThat(parts.over()).isTrue();
        assertThat(parts.text("rest", true)).isNull();
        assertThat(parts.text("{}", true)).isNull();
        assertThat(parts.over()).isTrue();
    }

    @Test
    void aWholeFrameOverTheLimitIsRefusedToo() {
        FrameParts parts = new FrameParts(4);

        assertThat(parts.text("12345", true)).isNull();
        assertThat(parts.over()).isTrue();
    }

    @Test
    void binaryFramesAreCountedAndReportedOnlyOnTheirLastPartWithinTheLimit() {
        FrameParts parts = new FrameParts(2048);

        assertThat(parts.binary(1024, false)).isFalse();
        assertThat(parts.binary(1024, true)).isTrue();
        assertThat(parts.binary(3, true)).isTrue();
        assertThat(parts.over()).isFalse();

        assertThat(parts.binary(1024, false)).isFalse();
        assertThat(parts.binary(1024, false)).isFalse();
        assertThat(parts.binary(1, true)).isFalse();
        assertThat(parts.over()).isTrue();
    }
}
