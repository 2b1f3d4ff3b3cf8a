package io.poschat.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.poschat.ui.ChatPage.settled;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.poschat.FixedClockConfiguration;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The page loses its socket from the far side and comes back by itself. The page is served through
 * a loopback TCP proxy; dropping the proxy's connections ends the WebSocket without a close frame,
 * exactly as a server restart or a dropped phone connection does (close code 1006), which a
 * page-side {@code socket.close()} would not.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
@EnabledIf("io.poschat.ui.Chromium#installed")
class ReconnectTest {

    /** Chromium logs each refused WebSocket handshake; while the proxy refuses, that is expected. */
    private static final Pattern REFUSED_HANDSHAKE = Pattern.compile("WebSocket connection to .* failed");

    private static Chromium chromium;

    @LocalServerPort
    int port;

    private TcpProxy proxy;
    private ChatPage chat;

    @BeforeAll
    static void launchBrowser() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void startProxy() throws IOException {
        proxy = new TcpProxy(port);
        chat = ChatPage.open(chromium.browser(), "http://127.0.0.1:" + proxy.port());
    }

    @AfterEach
    void stopProxy() throws IOException {
        chat.close();
        proxy.close();
    }

    @Test
    void reconnectsBySelfWhenTheConnectionDiesAndSignsInAgain() {
        chat.signInAs("manager");
        settled(chat.ask("What's my revenue today?"));

        proxy.dropConnections();

        assertThat(chat.connection()).hasText("Offline");
        assertThat(chat.page.locator("#connection-countdown")).containsText("reconnecting in");
        chat.screenshot("offline");
        assertThat(chat.connection()).hasText("Online", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(chat.log().locator(".note").last()).hasText("Back online.");
        Locator reply = settled(chat.ask("revenue yesterday"));
        assertThat(reply).hasClass(Pattern.compile("\\banswer\\b"));
        chat.assertNoConsoleErrors();
    }

    @Test
    void reconnectsWhenTheServerSaysGoingAway() {
        List<WebSocketRoute> sockets = new CopyOnWriteArrayList<>();
        chat.page.routeWebSocket("**/ws/chat", socket -> {
            socket.connectToServer();
            sockets.add(socket);
        });
        chat.page.reload(); // routing applies to documents loaded after it is set up
        chat.signInAs("manager");

        // What a server shutting down sends: a close frame with 1001, from the server's side.
        sockets.getFirst().close(new WebSocketRoute.CloseOptions().setCode(1001).setReason("going away"));

        assertThat(chat.log().locator(".note").last())
                .hasText("Back online.", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
        assertThat(chat.connection()).hasText("Online");
        assertThat(settled(chat.ask("What's my revenue today?"))).hasClass(Pattern.compile("\\banswer\\b"));
        org.assertj.core.api.Assertions.assertThat(sockets).hasSize(2);
        chat.assertNoConsoleErrors();
    }

    @Test
    void aQuestionAskedWhileOfflineIsSentOnceBack() {
        chat.signInAs("manager");
        proxy.refuse(true);
        proxy.dropConnections();
        assertThat(chat.connection()).hasText("Offline");

        Locator reply = chat.ask("What's my revenue today?");
        Locator question = chat.log().locator(".msg-user").last();
        assertThat(question.locator(".q-status")).containsText("Waiting for the connection");
        chat.screenshot("queued-while-offline");

        proxy.refuse(false);
        // The page's own backoff may get there first and hide the button (seen on a loaded machine):
        // either way the question must then go out once.
        Locator retryNow = chat.page.getByText("Retry now");
        try {
            retryNow.click(new Locator.ClickOptions().setTimeout(5_000));
        } catch (TimeoutError reconnectedFirst) {
            assertThat(retryNow).isHidden();
        }

        assertThat(chat.connection()).hasText("Online");
        settled(reply);
        assertThat(reply).hasClass(Pattern.compile("\\banswer\\b"));
        assertThat(question.locator(".q-status")).isHidden();
        chat.screenshot("queued-answered");
        chat.assertNoConsoleErrorsExcept(
                message -> REFUSED_HANDSHAKE.matcher(message).find());
    }
}
