package io.poschat.chat;

/** Waits (it asserts nothing about time) until the server has let go of closed sockets. */
final class Sockets {

    private Sockets() {}

    static void awaitNoneOpen(ChatHandler handler) throws InterruptedException {
        awaitOpen(handler, 0);
    }

    static void awaitOpen(ChatHandler handler, int count) throws InterruptedException {
        for (int i = 0; i < 200 && handler.openSessions() != count; i++) {
            Thread.sleep(50);
        }
        if (handler.openSessions() != count) {
            throw new AssertionError(
                    "the server still counts " + handler.openSessions() + " open sockets, not " + count);
        }
    }
}
