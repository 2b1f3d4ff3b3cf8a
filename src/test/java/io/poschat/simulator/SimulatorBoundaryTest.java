package io.poschat.simulator;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The simulator stands alone: it uses nothing of the chatbot, so it can run without it. */
class SimulatorBoundaryTest {

    @Test
    void theSimulatorDependsOnNoOtherPartOfTheProduct() {
        var classes = importSimulatorOnly();
        noClasses()
                .that()
                .resideInAPackage("io.poschat.simulator..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("io.poschat..").and(not(resideInAPackage("io.poschat.simulator.."))))
                .check(classes);
    }

    /** Dependencies are named, not loaded: resolving Spring and Tomcat from the classpath is slow. */
    private static JavaClasses importSimulatorOnly() {
        ArchConfiguration config = ArchConfiguration.get();
        boolean resolve = config.resolveMissingDependenciesFromClassPath();
        config.setResolveMissingDependenciesFromClassPath(false);
        try {
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.poschat.simulator");
        } finally {
            config.setResolveMissingDependenciesFromClassPath(resolve);
        }
    }
}
