package io.poschat.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.poschat.ui.ChatPage.settled;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import io.poschat.FixedClockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The page's handling of every frame shape in protocol.md, whatever the server's classifier and
 * sentences do today: the app serves the page, and Playwright's WebSocket routing plays the
 * server's side of {@code /ws/chat} from a script.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
@EnabledIf("io.poschat.ui.Chromium#installed")
class ScriptedServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Chromium chromium;

    @LocalServerPort
    int port;

    private ChatPage chat;
    private final List<JsonNode> sent = new CopyOnWriteArrayList<>();

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

    @AfterEach
    void closePage() {
        if (chat != null) {
            chat.close();
        }
    }

    private ChatPage open(Browser.NewContextOptions options) {
        chat = ChatPage.open(chromium.browser(), "http://127.0.0.1:" + port, options.setLocale("en-GB"));
        chat.page.routeWebSocket("**/ws/chat", this::playServer);
        chat.page.reload();
        return chat;
    }

    private ChatPage open() {
        return open(new Browser.NewContextOptions().setViewportSize(1000, 900));
    }

    @Test
    void drawsTopProductsAsBarsWithTheirNamesAsText() {
        open().signInAs("manager");

        Locator reply = settled(chat.ask("top 3 products this week"));

        Locator chart = reply.locator("figure.chart-products svg[role='img']");
        assertThat(chart.locator("rect.bar")).hasCount(3);
        assertThat(chart.locator("text.label").first()).hasText("<b>Tortilla</b> española");
        assertThat(chart.locator("text.value").first()).hasText("42 · €357.00");
        assertThat(chart.locator("b")).hasCount(0);
        assertThat(reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Top 10 instead")))
                .isVisible();
        chat.screenshot("scripted-top-products");
        chat.assertNoConsoleErrors();
    }

    @Test
    void drawsThePaymentSplitAndTheFloorInTheTenantsCurrency() {
        open().signInAs("manager");

        Locator split = settled(chat.ask("card or cash today?"));
        Locator tables = settled(chat.ask("how many tables are free?"));

        assertThat(split.locator("figure.chart-payments rect.seg")).hasCount(6);
        assertThat(split.locator("figure.chart-payments text.value").first()).hasText("71% · €2,991.58");
        assertThat(tables.locator("figure.chart-floor rect.table")).hasCount(24 + 4);
        assertThat(tables.locator("figure.chart-floor rect.table-free")).hasCount(7 + 1);
        chat.screenshot("scripted-payments-and-floor");
        chat.assertNoConsoleErrors();
    }

    @Test
    void theWaterfallNamesEveryCallStatusOnOneTimeAxis() {
        open().signInAs("manager");
        Locator reply = settled(chat.ask("top 3 products this week"));

        reply.getByText("Details").click();

        assertThat(reply.locator(".call .status")).hasText(new String[] {"ok", "circuit open", "skipped", "stale"});
        Object widths = chat.page.evaluate(
                "id => [...document.querySelectorAll(`.msg-bot[data-id='${id}'] .call .bar`)]"
                        + ".map(b => [b.style.left, b.style.width].map(v => Math.round(parseFloat(v) * 10) / 10))",
                reply.getAttribute("data-id"));
        // pos 2..182 ms, then two calls that took no time, then inventory 183..243 ms; axis 250 ms
        assertThat(widths.toString()).isEqualTo("[[0.8, 72], [0.8, 0.8], [0.8, 0.8], [73.2, 24]]");
        assertThat(reply.locator(".facts")).containsText("No — some data is missing");
        chat.screenshot("scripted-waterfall");
        chat.assertNoConsoleErrors();
    }

    @Test
    void aClarifyOptionShowsItsLabelAndSendsItsText() {
        open().signInAs("manager");
        Locator reply = settled(chat.ask("payments"));

        reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Payment methods today"))
                .click();

        Locator answer = settled(chat.replyTo(chat.log().locator(".msg-user").last()));
        assertThat(chat.log().locator(".msg-user .q-text").last()).hasText("payment methods today");
        assertThat(answer.locator("figure.chart-payments")).isVisible();
        assertThat(sent.stream()
                        .filter(frame -> "ask".equals(frame.path("type").asText()))
                        .map(frame -> frame.path("text").asText()))
                .containsExactly("payments", "payment methods today");
        chat.assertNoConsoleErrors();
    }

    @Test
    void rateLimitAndServerFaultsAreExplainedWithAWayToAskAgain() {
        open().signInAs("manager");

        Locator limited = settled(chat.ask("flood"));
        Locator fault = settled(chat.ask("crash"));

        assertThat(limited.locator(".error-title")).hasText("Too many questions at once");
        assertThat(limited.locator(".answer-text")).hasText("You're asking faster than I can answer.");
        assertThat(fault.locator(".answer-text")).containsText("reference 9f2c41d07a3be811");
        fault.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask again"))
                .click();
        assertThat(chat.log().locator(".msg-user .q-text").last()).hasText("crash");
        chat.screenshot("scripted-errors");
        chat.assertNoConsoleErrors();
    }

    @Test
    void anExpiredSignInMidConversationGoesBackToSignIn() {
        open().signInAs("manager");

        chat.questionBox().fill("expire");
        chat.questionBox().press("Enter");

        assertThat(chat.page.getByRole(AriaRole.ALERT)).hasText("Your sign-in has expired. Sign in again to go on.");
        assertThat(chat.page.locator("#chat")).isHidden();
        chat.page.reload();
        assertThat(chat.page.locator("#signin")).isVisible();
        chat.assertNoConsoleErrors();
    }

    @Test
    void chartsReadWellInTheDarkOnAPhone() {
        open(new Browser.NewContextOptions()
                        .setViewportSize(375, 740)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setDeviceScaleFactor(2)
                        .setColorScheme(ColorScheme.DARK))
                .signInAs("manager");

        settled(chat.ask("top 3 products this week"));
        settled(chat.ask("card or cash today?"));
        settled(chat.ask("how many tables are free?"));

        Object overflow = chat.page.evaluate(
                "() => document.getElementById('log').scrollWidth" + " - document.getElementById('log').clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        chat.screenshot("scripted-phone-dark");
        chat.assertNoConsoleErrors();
    }

    /** The server's side of the socket, per protocol.md. */
    private void playServer(WebSocketRoute socket) {
        socket.onMessage(message -> {
            JsonNode frame = read(message.text());
            sent.add(frame);
            String id = frame.path("id").asText();
            switch (frame.path("type").asText()) {
                case "auth" -> socket.send(READY);
                case "ping" -> socket.send("{\"type\":\"pong\"}");
                case "ask" -> answer(socket, id, frame.path("text").asText());
                default -> socket.send("{\"type\":\"error\",\"code\":\"bad_request\",\"message\":\"?\"}");
            }
        });
    }

    private static void answer(WebSocketRoute socket, String id, String text) {
        switch (text) {
            case "top 3 products this week" -> {
                socket.send(progress(id, "pos", "/orders", "ok", 180));
                socket.send(progress(id, "inventory", "/products", "stale", 60));
                socket.send(TOP_PRODUCTS.formatted(id));
            }
            case "card or cash today?", "payment methods today" -> socket.send(PAYMENT_SPLIT.formatted(id));
            case "how many tables are free?" -> socket.send(TABLES.formatted(id));
            case "payments" -> socket.send(CLARIFY.formatted(id));
            case "flood" -> socket.send(error(id, "rate_limited", "You're asking faster than I can answer."));
            case "crash" ->
                socket.send(error(
                        id,
                        "internal",
                        "Something went wrong on my side. Please ask again; report reference 9f2c41d07a3be811."));
            case "expire" -> {
                socket.send(error(id, "unauthenticated", "Your sign-in has expired. Sign in again to go on."));
                socket.close(new WebSocketRoute.CloseOptions().setCode(1008).setReason("unauthenticated"));
            }
            default -> socket.send(error(id, "internal", "Not in the script: " + text));
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String progress(String id, String service, String endpoint, String status, int ms) {
        return """
                {"type":"progress","id":"%s","service":"%s","endpoint":"%s","status":"%s","ms":%d}""".formatted(id, service, endpoint, status, ms);
    }

    private static String error(String id, String code, String message) {
        return """
                {"type":"error","id":"%s","code":"%s","message":"%s"}""".formatted(id, code, message);
    }

    private static final String READY = """
            {"type":"ready","user":{"id":"u-1","name":"Maria Lopez","roles":["manager"]},
             "tenant":{"id":"bistro-1","name":"Bistro Uno","currency":"EUR","timezone":"Europe/Madrid"},
             "permissions":["floor:read","inventory:read","reports:read"]}""";

    private static final String TOP_PRODUCTS = """
            {"type":"answer","id":"%s","intent":"top_products","confidence":0.93,
             "text":"Your top 3 this week: Tortilla española (42), Patatas bravas (38), Croquetas (30).",
             "slots":{"from":"2026-11-23","to":"2026-11-24","limit":3},
             "data":{"items":[{"name":"<b>Tortilla</b> española","quantity":42,"revenue":357.0},
                              {"name":"Patatas bravas","quantity":38,"revenue":247.0},
                              {"name":"Croquetas de jamón ibérico con alioli","quantity":30,"revenue":255.0}]},
             "suggestions":["Top 10 instead","And last week?"],
             "meta":{"correlation_id":"9f2c41d07a3be811","partial":true,"total_ms":250,
                     "calls":[{"service":"pos","endpoint":"/orders","status":"ok","started_ms":2,"ms":180,"cached":false},
                              {"service":"inventory","endpoint":"/products","status":"stale","started_ms":183,"ms":60,"cached":true},
                              {"service":"payment","endpoint":"/payments","status":"circuit_open","started_ms":2,"ms":0,"cached":false},
                              {"service":"restaurant","endpoint":"/tables/status","status":"skipped","started_ms":2,"ms":0,"cached":false}]}}""";

    private static final String PAYMENT_SPLIT = """
            {"type":"answer","id":"%s","intent":"payment_methods","confidence":0.9,
             "text":"Card 71%%, cash 21%%, mobile 8%% of €4,213.50 today.","slots":{"from":"2026-11-24","to":"2026-11-24"},
             "data":{"total":4213.50,"by_method":{"cash":{"amount":884.84,"percent":21.0},
                                                  "card":{"amount":2991.58,"percent":71.0},
                                                  "mobile":{"amount":337.08,"percent":8.0}}},
             "suggestions":["And yesterday?"],
             "meta":{"correlation_id":"1a2b3c4d5e6f7788","partial":false,"total_ms":120,
                     "calls":[{"service":"payment","endpoint":"/payments/total","status":"ok","started_ms":1,"ms":110,"cached":false}]}}""";

    private static final String TABLES = """
            {"type":"answer","id":"%s","intent":"table_occupancy","confidence":0.95,
             "text":"7 of 24 tables are free; 12 occupied, 3 reserved, 2 being cleaned.","slots":{},
             "data":{"total":24,"occupied":12,"free":7,"reserved":3,"cleaning":2},
             "suggestions":["Open orders"],
             "meta":{"correlation_id":"aa00bb11cc22dd33","partial":false,"total_ms":40,
                     "calls":[{"service":"restaurant","endpoint":"/tables/status","status":"ok","started_ms":1,"ms":38,"cached":false}]}}""";

    private static final String CLARIFY = """
            {"type":"clarify","id":"%s","text":"Did you mean revenue or payment methods?",
             "options":[{"label":"Revenue today","text":"revenue today"},
                        {"label":"Payment methods today","text":"payment methods today"}]}""";
}
