package cn.kaohe.scoring.rulebooks;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import java.util.ArrayList;
import java.util.List;

/**
 * A new version of a cycle's rulebook as the office submits it. The first version needs no
 * reason; every revision (修订) does. {@code basedOnVersion} guards against two editors
 * revising at once: when given, it must be the latest version.
 */
public record RulebookRevision(Rulebook rulebook, String reason, Integer basedOnVersion) {

    public List<FieldViolation> violations(String cycle, int latestVersion) {
        List<FieldViolation> errors = new ArrayList<>();
        if (rulebook != null && rulebook.cycle() != null && !rulebook.cycle().equals(cycle)) {
            errors.add(new FieldViolation("$.rulebook.cycle", "cycle-mismatch",
                    "细则年度与路径不符 / the rulebook's cycle must be " + cycle));
        }
        if (latestVersion > 0 && (reason == null || reason.isBlank())) {
            errors.add(new FieldViolation("$.reason", "required",
                    "修订须说明理由 / a revision needs a reason"));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FieldViolation("$.reason", "too-long", "理由最长 1000 字 / at most 1000 characters"));
        }
        return errors;
    }

    public boolean isStale(int latestVersion) {
        return basedOnVersion != null && basedOnVersion != latestVersion;
    }
}
