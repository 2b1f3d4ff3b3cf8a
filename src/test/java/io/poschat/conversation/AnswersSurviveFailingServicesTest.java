package io.poschat.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.poschat.FixedClockConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fault matrix: each service of a question × each way a service can fail → an answer within
 * the deadline, marked partial, saying in plain words what is missing, and keeping what arrived.
 * The whole app runs against WireMock (no simulator), asked over {@code POST /api/ask}.
 */
@Import(FixedClockConfiguration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "simulator.embedded=false",
            "chatbot.deadline=1500ms",
            "chatbot.limits.questions-per-second-per-session=1000",
            // Every question starts cold: nothing cached to stand in for a failure.
            "chatbot.downstream.cache.stale-for=0s",
            "chatbot.downstream.cache.past-days=0s",
            "chatbot.downstream.cache.today=0s",
            "chatbot.downstream.cache.live=0s",
            "chatbot.downstream.cache.catalogue=0s",
            "resilience4j.retry.configs.default.wait-duration=10ms"
        })
class AnswersSurviveFailingServicesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTH = """
            {"user_id":"u-1","name":"Maria Lopez","tenant_id":"bistro-1","tenant_name":"Bistro Uno",
             "timezone":"Europe/Madrid","currency":"EUR","roles":["manager"],
             "permissions":["reports:read","inventory:read","floor:read"]}""";
    private static final String ORDERS = """
            [{"id":"o-1","created_at":"2026-11-24T12:31:05+01:00","status":"paid","table_id":"t-4","covers":2,
              "server":"Ana","items":[{"product_id":"p-12","quantity":2,"unit_price":12.50,"subtotal":25.00}],
              "total":25.00},
             {"id":"o-2","created_at":"2026-11-24T13:40:00+01:00","status":"paid","table_id":"t-2","covers":3,
              "server":"Ana","items":[{"product_id":"p-12","quantity":1,"unit_price":12.50,"subtotal":12.50},
                                      {"product_id":"p-3","quantity":2,"unit_price":5.00,"subtotal":10.00}],
              "total":22.50}]""";
    private static final String TOTAL = """
            {"from":"2026-11-24","to":"2026-11-24","total":47.50,"count":2,"by_method":{"card":25.00,"cash":22.50}}""";
    private static final String PAYMENTS = """
            [{"id":"pay-1","order_id":"o-1","amount":25.00,"tip":2.00,"method":"card","created_at":"2026-11-24T13:02:44+01:00"},
             {"id":"pay-2","order_id":"o-2","amount":22.50,"tip":0.00,"method":"cash","created_at":"2026-11-24T14:02:44+01:00"}]""";
    private static final String PRODUCTS = """
            {"p-12":{"id":"p-12","name":"Margherita pizza","sku":"PIZ-MAR","category":"mains","unit":"each",
                     "price":12.50,"cost":3.10,"stock":14,"reorder_level":20},
             "p-3":{"id":"p-3","name":"Tiramisu","sku":"DES-TIR","category":"desserts","unit":"each",
                    "price":5.00,"cost":1.20,"stock":30,"reorder_level":10}}""";
    private static final String TABLES = """
            [{"id":"t-4","number":4,"seats":4,"area":"terrace","status":"occupied","party_size":3,
              "seated_at":"2026-11-24T13:10:00+01:00","server":"Ana","order_id":"o-9"},
             {"id":"t-5","number":5,"seats":2,"area":"terrace","status":"free","party_size":null,
              "seated_at":null,"server":null,"order_id":null}]""";
    private static final String ACTIVE = """
            [{"id":"o-9","created_at":"2026-11-24T13:12:00+01:00","status":"preparing","table_id":"t-4","covers":3,
              "server":"Ana","items":[{"product_id":"p-12","quantity":3,"unit_price":12.50,"subtotal":37.50}],
              "total":37.50}]""";

    @RegisterExtension
    static WireMockExtension services = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry registry) {
        for (String service : List.of("auth", "pos", "inventory", "payment", "restaurant")) {
            registry.add("chatbot.downstream." + service + ".base-url", () -> services.baseUrl() + "/" + service);
            // Auth is asked once, on the cold first question: give it room on a busy machine.
            registry.add("chatbot.downstream." + service + ".timeout", () -> service.equals("auth") ? "3s" : "600ms");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void healthyServices() {
        // A breaker opened by the failures of one case must not decide the next.
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        services.resetAll();
        stub("/auth/auth/verify", AUTH);
        stub("/pos/orders", ORDERS);
        stub("/pos/orders/active", ACTIVE);
        stub("/payment/payments/total", TOTAL);
        stub("/payment/payments", PAYMENTS);
        stub("/inventory/products", PRODUCTS);
        stub("/restaurant/tables/status", TABLES);
    }

    /** A question, the service path that fails in it, and what must survive. */
    record Case(String question, String failingPath, String service, String keptDataKey, String missingWords) {}

    static Stream<Arguments> matrix() {
        List<Case> cases = List.of(
                new Case("what's my revenue today?", "/payment/payments/total", "payment", "total", "split by method"),
                new Case("what's my revenue today?", "/pos/orders", "pos", "total", "pos service"),
                new Case("top 3 products today", "/inventory/products", "inventory", "items", "inventory service"),
                new Case("top 3 products today", "/payment/payments", "payment", "items", "payment service"),
                new Case(
                        "how many tables are free?",
                        "/restaurant/tables/status",
                        "restaurant",
                        null,
                        "restaurant service"),
                new Case(
                        "show me the open orders",
                        "/restaurant/tables/status",
                        "restaurant",
                        "count",
                        "restaurant service"),
                new Case("how busy are we right now?", "/pos/orders/active", "pos", "tables_total", "pos service"));
        List<String> faults = List.of("500", "timeout", "reset", "malformed", "empty", "slow");
        List<Arguments> arguments = new ArrayList<>();
        for (Case c : cases) {
            for (String fault : faults) {
                arguments.add(Arguments.of(c, fault));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("matrix")
    void answersInTimeWithWhatArrivedAndSaysWhatIsMissing(Case c, String fault) throws Exception {
        services.stubFor(get(urlPathEqualTo(c.failingPath())).willReturn(failing(fault)));

        long started = System.nanoTime();
        JsonNode answer = ask(c.question());
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(answer.path("type").asText()).as(answer.toString()).isEqualTo("answer");
        assertThat(answer.path("meta").path("partial").asBoolean()).isTrue();
        assertThat(tookMs)
                .as("answered within the deadline (1.5 s) plus overhead")
                .isLessThan(4000);
        assertThat(answer.path("meta").path("calls")).anySatisfy(call -> {
            assertThat(call.path("service").asText()).isEqualTo(c.service());
            assertThat(call.path("status").asText()).isIn("error", "timeout");
        });
        String text = answer.path("text").asText();
        assertThat(text).containsIgnoringCase(c.missingWords());
        assertThat(text).doesNotContain("Exception", "HTTP", "500", "at io.", "null");
        if (c.keptDataKey() != null) {
            assertThat(answer.path("data").has(c.keptDataKey()))
                    .as("the data that arrived is kept: " + answer.path("data"))
                    .isTrue();
        }
    }

    private static ResponseDefinitionBuilder failing(String fault) {
        return switch (fault) {
            case "500" ->
                aResponse().withStatus(500).withBody("{\"error\":\"boom\",\"message\":\"NullPointerException\"}");
            case "timeout" -> json("[]").withFixedDelay(5000);
            case "reset" -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case "malformed" -> json("{\"total\": 12.5, \"cou");
            case "empty" -> aResponse().withStatus(200).withHeader("Content-Type", "application/json");
            case "slow" -> json(ORDERS).withChunkedDribbleDelay(40, 5000);
            default -> throw new IllegalArgumentException(fault);
        };
    }

    private static void stub(String path, String body) {
        services.stubFor(get(urlPathEqualTo(path)).willReturn(json(body)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private JsonNode ask(String question) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                                .header("Authorization", "Bearer demo-manager")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(java.util.Map.of("text", question))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
