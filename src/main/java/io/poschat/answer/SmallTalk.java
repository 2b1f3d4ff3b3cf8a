package io.poschat.answer;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Greetings, help, thanks, and the polite answers for what the bot can't do. */
final class SmallTalk {

    private static final List<String> EXAMPLES = List.of(
            "What's my revenue today?",
            "Best sellers last week",
            "Payment methods yesterday",
            "What's running low?",
            "How many tables are free?",
            "How busy are we?");

    private final Audience audience;
    private final Clock clock;

    SmallTalk(Audience audience, Clock clock) {
        this.audience = audience;
        this.clock = clock;
    }

    Reply greeting() {
        String text = salutation() + addressed("!") + " Ask me about " + tenantsOwn() + "sales, best sellers, stock"
                + " or tables.";
        return reply(text, EXAMPLES.get(0), EXAMPLES.get(4), EXAMPLES.get(3));
    }

    Reply help() {
        String text = "I can tell you about " + tenantsOwn() + "revenue, best sellers and payment methods for a day,"
                + " a week or a month, and, right now, what's running low, what the stock is worth, how many tables"
                + " are free, which orders are open and how busy you are. Ask in your own words, for example"
                + " \"best sellers last week\" or \"how many tables are free?\".";
        return reply(text, EXAMPLES.toArray(String[]::new));
    }

    Reply thanks() {
        return reply("You're welcome" + addressed("!") + " Ask me anytime.", EXAMPLES.get(5), EXAMPLES.get(0));
    }

    Reply outOfScope() {
        String text = "Sorry, I can't help with that. I can tell you about revenue, best sellers and payment"
                + " methods, what's running low or what the stock is worth, and how many tables are free, which"
                + " orders are open or how busy you are.";
        return reply(text, EXAMPLES.get(0), EXAMPLES.get(1), EXAMPLES.get(3), EXAMPLES.get(4));
    }

    /** Good morning from five, afternoon from noon, evening from six; hello at night. */
    private String salutation() {
        LocalTime now = LocalTime.now(clock.withZone(audience.zone()));
        if (now.getHour() >= 18) {
            return "Good evening";
        }
        if (now.getHour() >= 12) {
            return "Good afternoon";
        }
        return now.getHour() >= 5 ? "Good morning" : "Hello";
    }

    private String addressed(String end) {
        String name = audience.userName();
        return (name == null || name.isBlank() ? "" : ", " + firstName(name)) + end;
    }

    private String tenantsOwn() {
        String tenant = audience.tenantName();
        return tenant == null || tenant.isBlank() ? "your " : tenant + "'s ";
    }

    private static String firstName(String name) {
        return name.strip().split("\\s+")[0];
    }

    private static Reply reply(String text, String... suggestions) {
        return new Reply(text, Map.of(), List.of(suggestions), false);
    }
}
