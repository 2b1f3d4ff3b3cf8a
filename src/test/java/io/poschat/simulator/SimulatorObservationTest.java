package io.poschat.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.MappingMatch;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The simulator's requests stay out of the chatbot's http.server.requests; everything else is observed. */
class SimulatorObservationTest {

    @Test
    void aRequestMappedToTheSimulatorServletIsNotObserved() {
        assertThat(EmbeddedSimulatorConfiguration.observed("http.server.requests", request("simulator", "/sim")))
                .isFalse();
    }

    @Test
    void theChatbotsOwnRequestsAreObserved() {
        assertThat(EmbeddedSimulatorConfiguration.observed("http.server.requests", request("dispatcherServlet", "/")))
                .isTrue();
    }

    @Test
    void otherObservationsAreUntouched() {
        assertThat(EmbeddedSimulatorConfiguration.observed("chatbot.questions", new Observation.Context()))
                .isTrue();
    }

    private static ServerRequestObservationContext request(String servletName, String pattern) {
        var request = new MockHttpServletRequest("GET", "/sim/pos/orders");
        request.setHttpServletMapping(new Mapping(servletName, pattern));
        return new ServerRequestObservationContext(request, new MockHttpServletResponse());
    }

    private record Mapping(String getServletName, String getPattern) implements HttpServletMapping {
        @Override
        public String getMatchValue() {
            return "";
        }

        @Override
        public MappingMatch getMappingMatch() {
            return MappingMatch.PATH;
        }
    }
}
