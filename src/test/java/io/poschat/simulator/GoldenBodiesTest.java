package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.poschat.simulator.Latency.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Pins every byte the simulator answers: status, length and SHA-256 of the body of each endpoint for
 * every tenant, at several instants (lunch, dinner, across daylight-saving changes), plus refusals.
 * The simulator's speed-ups must not change a single byte; a fingerprint rather than the bodies
 * themselves keeps the file small (a week of orders is ~300 KB).
 *
 * <p>When the output is meant to change, regenerate the file with {@link #main} (run from the
 * project root) and say why in the commit.
 */
class GoldenBodiesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/poschat/simulator/golden-bodies.txt");

    private record Login(String tenant, String token) {}

    private static final List<Login> LOGINS = List.of(
            new Login("bistro-1", "demo-manager"),
            new Login("cafe-2", "demo-cafe"),
            new Login("trattoria-3", "demo-trattoria"));

    /** Lunch in Europe, dinner in Europe, the night of Europe's spring change, New York's autumn change. */
    private static final List<Instant> INSTANTS = List.of(
            Instant.parse("2026-11-24T13:10:00Z"),
            Instant.parse("2026-11-24T21:05:30Z"),
            Instant.parse("2026-03-29T19:47:12Z"),
            Instant.parse("2026-11-01T16:20:00Z"));

    /** Paths asked at every instant; {@code D} is that instant's UTC date. */
    private static final List<String> PATHS = List.of(
            "/pos/orders?date=D",
            "/pos/orders?date=D-1",
            "/pos/orders?from=D-6&to=D",
            "/pos/orders?from=D-1&to=D+2",
            "/pos/orders/active",
            "/payment/payments?date=D",
            "/payment/payments?from=D-9&to=D",
            "/payment/payments/total?from=D&to=D",
            "/payment/payments/total?from=D-30&to=D",
            "/payment/payments/daily-total?date=D-1",
            "/restaurant/tables/status",
            "/inventory/products",
            "/inventory/products?ids=p-3,%20p-1,p-99",
            "/inventory/products/low-stock",
            "/auth/auth/verify");

    /** Past ranges across the daylight-saving changes of 2026 and refusals, asked once per tenant. */
    private static final List<String> FIXED_PATHS = List.of(
            "/pos/orders?from=2026-03-05&to=2026-03-10",
            "/pos/orders?from=2026-10-23&to=2026-10-27",
            "/payment/payments?from=2026-03-26&to=2026-04-01",
            "/payment/payments/total?from=2026-01-01&to=2026-06-30",
            "/pos/orders?date=2026-02-30",
            "/pos/orders?date=26-11-24",
            "/pos/orders?from=2026-11-24&to=2026-11-01",
            "/pos/orders?from=2025-01-01&to=2026-01-02",
            "/pos/orders?date=2026-11-24&from=2026-11-24",
            "/pos/orders?from=2026-11-24",
            "/payment/payments/daily-total",
            "/pos/nothing",
            "/nothing/here");

    @Test
    void everyBodyIsByteForByteWhatItWas() throws IOException {
        assertThat(fingerprints()).containsExactlyElementsOf(Files.readAllLines(GOLDEN));
    }

    @Test
    void refusalsAreBytewiseStableToo() throws IOException {
        var response = call(
                servlet(INSTANTS.getFirst()), new Login("bistro-1", "demo-waiter"), "/pos/orders?date=x", "cafe-2");
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("{\"error\":\"forbidden\",\"message\":\"token does not belong to tenant cafe-2\"}");
    }

    /**
     * Rewrites the golden file from the current code; only when the output is meant to change. With a
     * directory as argument it only writes the bodies there instead, one file per line of the golden
     * file, to compare two versions of the code with {@code diff -r}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            Files.write(GOLDEN, fingerprints());
            return;
        }
        dump = Path.of(args[0]);
        Files.createDirectories(dump);
        fingerprints();
    }

    private static Path dump;

    static List<String> fingerprints() {
        var lines = new ArrayList<String>();
        for (Instant now : INSTANTS) {
            SimulatorServlet servlet = servlet(now);
            String date = now.atOffset(ZoneOffset.UTC).toLocalDate().toString();
            for (Login login : LOGINS) {
                for (String path : PATHS) {
                    lines.add(line(servlet, login, now, resolve(path, date)));
                }
            }
        }
        SimulatorServlet servlet = servlet(INSTANTS.getFirst());
        for (Login login : LOGINS) {
            for (String path : FIXED_PATHS) {
                lines.add(line(servlet, login, INSTANTS.getFirst(), path));
            }
        }
        return lines;
    }

    private static String resolve(String path, String date) {
        var day = java.time.LocalDate.parse(date);
        return path.replace("D-30", day.minusDays(30).toString())
                .replace("D-9", day.minusDays(9).toString())
                .replace("D-6", day.minusDays(6).toString())
                .replace("D-1", day.minusDays(1).toString())
                .replace("D+2", day.plusDays(2).toString())
                .replace("=D", "=" + date);
    }

    private static String line(SimulatorServlet servlet, Login login, Instant now, String path) {
        MockHttpServletResponse response = call(servlet, login, path, login.tenant());
        byte[] body = response.getContentAsByteArray();
        if (dump != null) {
            write(dump.resolve(dump.toFile().list().length + ".json"), body);
        }
        return response.getStatus() + " " + body.length + " " + sha256(body) + " " + login.tenant() + " " + now + " "
                + path;
    }

    private static SimulatorServlet servlet(Instant now) {
        var properties = new SimulatorProperties(
                true, Profile.NONE, 4001, "127.0.0.1", Duration.ofSeconds(3), Duration.ofSeconds(1), Map.of());
        var parts = SimulatorParts.assemble(properties, Clock.fixed(now, ZoneOffset.UTC), new Hangs());
        return new SimulatorServlet(new Mount.Embedded(), parts);
    }

    private static MockHttpServletResponse call(SimulatorServlet servlet, Login login, String path, String tenant) {
        int query = path.indexOf('?');
        var request = new MockHttpServletRequest("GET", "/sim" + (query < 0 ? path : path.substring(0, query)));
        request.setServletPath("/sim");
        request.setPathInfo(query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            String queryString = path.substring(query + 1);
            request.setQueryString(queryString);
            for (String pair : queryString.split("&")) {
                String[] nameValue = pair.split("=", 2);
                request.addParameter(nameValue[0], nameValue[1].replace("%20", " "));
            }
        }
        request.addHeader("x-tenant-id", tenant);
        request.addHeader("Authorization", "Bearer " + login.token());
        var response = new MockHttpServletResponse();
        try {
            servlet.service(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }

    private static void write(Path file, byte[] body) {
        try {
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
