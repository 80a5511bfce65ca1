package cn.kaohe.scoring.engine.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kaohe.scoring.engine.fixtures.ScenarioBuilder;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.List;
import java.util.stream.Collectors;

final class ValidationAssertions {
    private ValidationAssertions() {
    }

    static List<Violation> violationsOf(Scenario scenario) {
        return new ScenarioValidator().validate(scenario);
    }

    static List<Violation> violationsOf(ScenarioBuilder scenario) {
        return violationsOf(scenario.build());
    }

    static void assertViolation(List<Violation> violations, String path, String code) {
        assertTrue(violations.stream().anyMatch(v -> v.path().equals(path) && v.code().equals(code)),
                () -> "expected " + code + " at " + path + ", got:\n" + describe(violations));
    }

    static void assertNoViolations(List<Violation> violations) {
        assertTrue(violations.isEmpty(), () -> "expected no violation, got:\n" + describe(violations));
    }

    static String describe(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + " " + v.code() + " " + v.message()).collect(Collectors.joining("\n"));
    }
}
