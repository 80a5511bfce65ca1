package cn.kaohe.scoring.simulations;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.scoring.engine.validation.Violation;
import java.util.List;

/** The engine's violations as the API's 422 problem. */
public final class ScenarioViolations {

    private ScenarioViolations() {
    }

    public static ProblemException problem(List<Violation> violations) {
        return ProblemException.invalid(violations.stream()
                .map(v -> new FieldViolation(v.path(), v.code(), v.message()))
                .toList());
    }
}
