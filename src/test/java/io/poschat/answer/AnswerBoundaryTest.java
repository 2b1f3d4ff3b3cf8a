package io.poschat.answer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The answer part turns data into words: it knows nothing of how questions arrive or data is fetched. */
class AnswerBoundaryTest {

    /**
     * Only the folder of this package's main classes, and their dependencies known by name alone:
     * scanning and resolving the whole classpath takes seconds.
     */
    private static final JavaClasses ANSWER = ArchConfiguration.withThreadLocalScope(config -> {
        config.setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter().importPath(mainClasses());
    });

    private static Path mainClasses() {
        try {
            return Path.of(AnswerComposer.class
                            .getResource("AnswerComposer.class")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void knowsNothingOfWebSocketHttpOrTheChat() {
        noClasses()
                .that()
                .resideInAPackage("io.poschat.answer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "jakarta.websocket..",
                        "jakarta.servlet..",
                        "java.net.http..",
                        "io.poschat.chat..",
                        "io.poschat.conversation..",
                        "io.poschat.simulator..")
                .check(ANSWER);
    }

    @Test
    void neverCallsTheDownstreamClients() {
        noClasses()
                .that()
                .resideInAPackage("io.poschat.answer..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Client")
                .check(ANSWER);
    }
}
