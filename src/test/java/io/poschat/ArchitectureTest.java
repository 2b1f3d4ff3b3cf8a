package io.poschat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries between the parts of the product (style.md, product.md's shape). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.poschat");
    }

    @Test
    void theChatbotNeverUsesTheSimulator() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.poschat.simulator..")
                .and()
                .doNotHaveFullyQualifiedName(PosChatbotApplication.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.poschat.simulator..")
                .because("the chatbot reaches the simulator only over HTTP, like any real service")
                .check(classes);
    }

    @Test
    void theSimulatorKnowsNothingOfTheChatbot() {
        noClasses()
                .that()
                .resideInAPackage("io.poschat.simulator..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.poschat.chat..",
                        "io.poschat.conversation..",
                        "io.poschat.nlu..",
                        "io.poschat.orchestration..",
                        "io.poschat.downstream..",
                        "io.poschat.answer..",
                        "io.poschat.cli..")
                .check(classes);
    }

    @Test
    void languageUnderstandingKnowsNothingOfHttp() {
        noClasses()
                .that()
                .resideInAPackage("io.poschat.nlu..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "java.net.http..",
                        "io.poschat.downstream..",
                        "io.poschat.chat..")
                .check(classes);
    }

    @Test
    void answersKnowNothingOfWebSocketOrHttp() {
        noClasses()
                .that()
                .resideInAPackage("io.poschat.answer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "jakarta.servlet..",
                        "io.poschat.chat..",
                        "io.poschat.conversation..")
                .check(classes);
    }

    @Test
    void onlyTheChatCarriesFrames() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.poschat.chat..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.socket..", "io.poschat.chat..")
                .check(classes);
    }

    @Test
    void structuredConcurrencyLivesInOneClass() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("io.poschat.orchestration.Fanout")
                .and()
                .doNotHaveFullyQualifiedName("io.poschat.orchestration.Fanout$Branch")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.concurrent.StructuredTaskScope")
                .because("it is a preview API: its next revision should touch one file")
                .check(classes);
    }
}
