package cn.kaohe.scoring.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine is pure Java: it must run the same inside the service, in a batch, or in a test. */
class EngineArchitectureTest {
    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kaohe.scoring.engine");
    }

    @Test
    void engineDependsOnNoFramework() {
        noClasses().that().resideInAPackage("cn.kaohe.scoring.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "tools.jackson..", "com.fasterxml..", "reactor..",
                        "jakarta..", "io.r2dbc..")
                .because("the scoring engine is a pure function of the contract, free of frameworks")
                .check(engine);
    }

    @Test
    void scenarioAndResultTypesDependOnNoScoringLogic() {
        noClasses().that().resideInAnyPackage("cn.kaohe.scoring.engine.scenario..", "cn.kaohe.scoring.engine.result..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.kaohe.scoring.engine.methods..", "cn.kaohe.scoring.engine.adjustments..",
                        "cn.kaohe.scoring.engine.ranking..", "cn.kaohe.scoring.engine.grading..",
                        "cn.kaohe.scoring.engine.validation..")
                .because("the contract's data types are plain records")
                .check(engine);
    }

    @Test
    void stepsDoNotDependOnTheEngineFacade() {
        noClasses().that().resideInAnyPackage("cn.kaohe.scoring.engine.*..")
                .should().dependOnClassesThat().resideInAPackage("cn.kaohe.scoring.engine")
                .because("the facade composes the steps, not the other way round")
                .check(engine);
    }
}
