package io.poschat.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.poschat.ui.ChatPage.settled;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ReducedMotion;
import io.poschat.FixedClockConfiguration;
import java.util.List;
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

/** The staff chat page in real headless Chromium against the app with its embedded simulator. */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "simulator.latency-profile=none"})
@EnabledIf("io.poschat.ui.Chromium#installed")
class StaffChatPageTest {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    private Server server;
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
    void openServer() {
        server = new Server(port);
    }

    @AfterEach
    void closePage() {
        if (chat != null) {
            chat.close();
        }
    }

    private ChatPage open() {
        chat = ChatPage.open(chromium.browser(), server.base());
        return chat;
    }

    @Test
    void managerAsksAndReadsTheSentenceAndStaysSignedInAfterAReload() {
        open().signInAs("manager");
        assertThat(chat.page.locator("#who")).hasText("Maria Lopez · Bistro Uno");

        Locator reply = settled(chat.ask("What's my revenue today?"));

        assertThat(reply).hasClass(Pattern.compile("\\banswer\\b"));
        assertThat(reply.locator(".answer-text")).containsText("€");
        assertThat(reply.locator("details summary")).hasText("Details");
        chat.screenshot("manager-revenue");

        chat.page.reload();
        assertThat(chat.connection()).hasText("Online");
        assertThat(chat.page.locator("#who")).hasText("Maria Lopez · Bistro Uno");
        chat.questionBox().press("ArrowUp");
        assertThat(chat.questionBox()).hasValue("");
        settled(chat.ask("revenue yesterday"));
        chat.questionBox().press("ArrowUp");
        assertThat(chat.questionBox()).hasValue("revenue yesterday");
        chat.assertNoConsoleErrors();
    }

    /** The "done when": a new user's first two questions, on a desktop and on a phone. */
    @Test
    void aNewManagerReadsRevenueAndTopProductsWithTheirFiguresAndAChart() {
        for (var viewport : java.util.Map.of("desktop", new int[] {1280, 860}, "phone", new int[] {390, 844})
                .entrySet()) {
            chat = ChatPage.open(
                    chromium.browser(),
                    server.base(),
                    new com.microsoft.playwright.Browser.NewContextOptions()
                            .setViewportSize(viewport.getValue()[0], viewport.getValue()[1]));
            chat.signInAs("manager");

            Locator revenue = settled(chat.ask("what's my revenue today?"));
            assertThat(revenue.locator(".answer-text"))
                    .containsText(Pattern.compile("You took €[\\d,]+\\.\\d\\d today"));
            Locator top = settled(chat.ask("top 3 products this week"));
            assertThat(top.locator(".answer-text")).containsText("Your top 3 this week");
            assertThat(top.locator("figure.chart-products svg rect.bar")).hasCount(3);

            chat.screenshot(viewport.getKey());
            chat.assertNoConsoleErrors();
            chat.close();
            chat = null;
        }
    }

    @Test
    void progressChipsShowEachServiceAsItAnswers() {
        server.latency("payment", 1200); // under its 1.5 s timeout, long enough to watch pos arrive first
        try {
            open().signInAs("café owner");
            Locator reply = chat.ask("revenue over the last 3 days");

            Locator pos = reply.locator(".service-chip", new Locator.LocatorOptions().setHasText("pos"));
            assertThat(pos).containsText("✓");
            assertThat(reply).hasAttribute("aria-busy", "true");
            chat.screenshot("progress");
            settled(reply);
            reply.locator("summary").click();
            assertThat(reply.locator(".call")).hasCount(2);
            assertThat(reply.locator(".call[data-service='payment'] .status")).hasText("ok");
            chat.assertNoConsoleErrors();
        } finally {
            server.latencyProfile("none");
        }
    }

    @Test
    void topProductsAreDrawnAsOneBarPerProduct() {
        JsonNode probe = server.ask("demo-manager", "top 3 products this week");
        org.assertj.core.api.Assertions.assertThat(probe.path("intent").asText())
                .isEqualTo("top_products");

        open().signInAs("manager");
        Locator reply = settled(chat.ask("top 3 products this week"));

        Locator chart = reply.locator("figure.chart-products svg[role='img']");
        assertThat(chart).isVisible();
        assertThat(chart.locator("rect.bar"))
                .hasCount(probe.path("data").path("items").size());
        assertThat(chart.locator("text.label").first())
                .hasText(probe.path("data").path("items").get(0).path("name").asText());
        chat.screenshot("top-products");
        chat.assertNoConsoleErrors();
    }

    @Test
    void aClarifyOptionAsksWithOneTapAndGetsAnAnswer() {
        open().signInAs("manager");
        // "Sell" is both takings and best sellers: the model cannot tell, so the page offers both.
        Locator reply = settled(chat.ask("what did we sell today"));
        assertThat(reply).hasClass(Pattern.compile("\\bclarify\\b"));
        Locator option = reply.getByRole(AriaRole.BUTTON).first();
        chat.screenshot("clarify");

        option.click();

        Locator followUp = chat.log().locator(".msg-user").last();
        Locator answer = settled(chat.replyTo(followUp));
        assertThat(answer).hasClass(Pattern.compile("\\banswer\\b"));
        chat.screenshot("clarify-answered");
        chat.assertNoConsoleErrors();
    }

    @Test
    void waiterIsToldKindlyThatRevenueIsNotForTheirRole() {
        open().signInAs("waiter");

        Locator reply = settled(chat.ask("What's my revenue today?"));

        assertThat(reply).hasClass(Pattern.compile("\\berror-forbidden\\b"));
        assertThat(reply.locator(".error-title")).hasText("Not available for your role");
        assertThat(reply.locator(".answer-text")).containsText("Your role can't see revenue");
        assertThat(reply.locator("details")).hasCount(0);
        chat.screenshot("waiter-forbidden");
        chat.assertNoConsoleErrors();
    }

    @Test
    void paymentOutageGivesAPartialAnswerWhoseWaterfallShowsTheFailingCall() {
        server.fault("payment", "error", 1.0);
        try {
            // The café's 2 November is asked nowhere else here, so no cached figure can stand in.
            open().signInAs("café owner");
            Locator reply = settled(chat.ask("revenue on november 2"));

            assertThat(reply).hasClass(Pattern.compile("\\bpartial\\b"));
            assertThat(reply.locator(".badge")).hasText("Partial answer");
            reply.getByText("Details").click();
            Locator payment = reply.locator(".call[data-service='payment']");
            assertThat(payment.locator(".status")).hasText(Pattern.compile("error|timeout|circuit open"));
            assertThat(payment.locator(".bar")).isVisible();
            assertThat(reply.locator(".call[data-service='pos']")).isVisible();
            assertThat(reply.locator(".facts")).containsText("No — some data is missing");
            assertThat(reply.locator(".correlation code")).hasText(Pattern.compile("[0-9a-f]{8,}"));
            chat.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            reply.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy"))
                    .click();
            assertThat(reply.locator(".copy")).hasText("Copied");
            chat.screenshot("partial-payment-down");
            chat.assertNoConsoleErrors();
        } finally {
            server.clearFaults();
        }
    }

    @Test
    void markupInAQuestionIsShownAsTextAndNeverRuns() {
        open().signInAs("manager");
        String attack = "<img src=x onerror=alert(1)>";

        Locator reply = settled(chat.ask(attack));

        assertThat(chat.log().locator(".msg-user .q-text").last()).hasText(attack);
        assertThat(chat.log().locator("img")).hasCount(0);
        assertThat(chat.dialogs()).isEmpty();
        assertThat(reply).isVisible();
        chat.screenshot("markup-as-text");
        chat.assertNoConsoleErrors();
    }

    @Test
    void aBadTokenGoesBackToSignInWithTheServersMessage() {
        open();
        chat.page.getByLabel("Or use your access token").fill("not-a-real-token");
        chat.page
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();

        assertThat(chat.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in")))
                .isVisible();
        assertThat(chat.page.getByRole(AriaRole.ALERT)).not().hasText("");
        assertThat(chat.page.locator("#chat")).isHidden();
        assertThat(chat.page.locator("#connection-text")).hasText("Signed out");
        chat.screenshot("bad-token");
        chat.assertNoConsoleErrors();
    }

    @Test
    void signingOutForgetsTheSessionEvenAcrossAReload() {
        open().signInAs("waiter");

        chat.page
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();

        assertThat(chat.page.getByRole(AriaRole.ALERT)).hasText("You have signed out.");
        assertThat(chat.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in as manager")))
                .isFocused();
        chat.page.reload();
        assertThat(chat.page.locator("#signin")).isVisible();
        assertThat(chat.page.locator("#chat")).isHidden();
        chat.assertNoConsoleErrors();
    }

    @Test
    void atPhoneWidthNothingScrollsSidewaysAndTheQuestionBoxStaysInView() {
        chat = ChatPage.open(
                chromium.browser(),
                server.base(),
                new Browser.NewContextOptions()
                        .setViewportSize(375, 740)
                        .setIsMobile(true)
                        .setHasTouch(true)
                        .setDeviceScaleFactor(2));
        chat.signInAs("manager");
        for (String question : List.of("What's my revenue today?", "hi", "revenue this week")) {
            settled(chat.ask(question));
        }
        chat.log().locator(".msg-bot details").last().locator("summary").click();

        assertThat(chat.questionBox()).isInViewport();
        Object overflow = chat.page.evaluate("() => [document.documentElement.scrollWidth - window.innerWidth,"
                + " document.getElementById('log').scrollWidth - document.getElementById('log').clientWidth]");
        assertThat((List<?>) overflow)
                .allSatisfy(excess -> assertThat(((Number) excess).intValue()).isLessThanOrEqualTo(0));
        var box = chat.questionBox().boundingBox();
        assertThat(box.y + box.height).isLessThanOrEqualTo(740);
        chat.screenshot("phone");
        chat.assertNoConsoleErrors();
    }

    @Test
    void keyboardAloneSignsInAsksAndRecallsTheLastQuestion() {
        chat = ChatPage.open(
                chromium.browser(),
                server.base(),
                new Browser.NewContextOptions()
                        .setViewportSize(1100, 800)
                        .setColorScheme(ColorScheme.DARK)
                        .setReducedMotion(ReducedMotion.REDUCE));
        Page page = chat.page;
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Sign in as manager");
        page.keyboard().press("Enter");
        assertThat(chat.questionBox()).isFocused();
        assertThat(chat.connection()).hasText("Online");

        page.keyboard().type("What's my revenue today?");
        page.keyboard().press("Enter");
        settled(chat.log().locator(".msg-bot.answer").last());
        page.keyboard().press("ArrowUp");
        assertThat(chat.questionBox()).hasValue("What's my revenue today?");

        page.keyboard().press("Shift+Tab");
        Object outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
        Object background = page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(background).isEqualTo("rgb(14, 20, 18)");
        chat.screenshot("keyboard-dark");
        chat.assertNoConsoleErrors();
    }
}
