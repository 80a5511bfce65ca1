package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.validation.Violation;
import java.util.List;

/** The scenario cannot be scored; the HTTP layer answers 422 naming every violation. */
public class InvalidScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidScenarioException(List<Violation> violations) {
        super("invalid scenario: " + violations.size() + " violation(s)"
                + (violations.isEmpty() ? "" : ", first " + violations.getFirst()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
