package io.poschat.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/** The staff chat page as a person uses it: sign in, type, tap, read. One per test. */
final class ChatPage implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final BrowserContext context;
    final Page page;
    private final String base;
    private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());

    private ChatPage(BrowserContext context, String base) {
        this.context = context;
        this.base = base;
        this.page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add("uncaught: " + error));
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });
    }

    static ChatPage open(Browser browser, String base) {
        return open(browser, base, new Browser.NewContextOptions().setViewportSize(1100, 800));
    }

    static ChatPage open(Browser browser, String base, Browser.NewContextOptions options) {
        ChatPage chat = new ChatPage(browser.newContext(options), base);
        chat.page.navigate(base + "/");
        return chat;
    }

    ChatPage signInAs(String who) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in as " + who))
                .click();
        assertThat(connection()).hasText("Online");
        return this;
    }

    Locator connection() {
        return page.locator("#connection-text");
    }

    Locator questionBox() {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Ask a question"));
    }

    Locator log() {
        return page.getByRole(AriaRole.LOG);
    }

    /** Types the question and presses Enter; returns the reply slot of that question. */
    Locator ask(String question) {
        int before = log().locator(".msg-user").count();
        questionBox().fill(question);
        questionBox().press("Enter");
        Locator asked = log().locator(".msg-user").nth(before);
        assertThat(asked.locator(".q-text")).hasText(question);
        return replyTo(asked);
    }

    Locator replyTo(Locator question) {
        String id = question.getAttribute("data-id");
        return log().locator(".msg-bot[data-id='" + id + "']");
    }

    /** The reply once it is no longer waiting for its answer. */
    static Locator settled(Locator reply) {
        assertThat(reply).not().hasAttribute("aria-busy", "true");
        assertThat(reply.locator(".answer-text")).isVisible();
        return reply;
    }

    void screenshot(String name) {
        page.mouse().move(1, 1); // no hover left over from the last click
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    void assertNoConsoleErrors() {
        assertNoConsoleErrorsExcept(message -> false);
    }

    void assertNoConsoleErrorsExcept(Predicate<String> expected) {
        assertThat(consoleErrors().stream().filter(expected.negate()).toList())
                .as("errors in the browser console")
                .isEmpty();
    }

    String base() {
        return base;
    }

    @Override
    public void close() {
        context.close();
    }
}
