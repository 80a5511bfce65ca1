package cn.kaohe.scoring.appeals;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The office's decision on an appeal. Accepting names the fact correction (made by the data's
 * owner, then recomputed into a new version); rejecting gives the reason.
 */
public record Ruling(Decision decision, String reason, String correction) {

    public enum Decision {
        ACCEPT, REJECT
    }

    public AppealStatus outcome() {
        return decision == Decision.ACCEPT ? AppealStatus.ACCEPTED : AppealStatus.REJECTED;
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (decision == null) {
            errors.add(new FieldViolation("$.decision", "required", "必须给出结论 ACCEPT 或 REJECT / decision is required"));
        }
        if (reason == null || reason.isBlank()) {
            errors.add(new FieldViolation("$.reason", "required", "必须说明理由 / reason is required"));
        }
        if (decision == Decision.ACCEPT && (correction == null || correction.isBlank())) {
            errors.add(new FieldViolation("$.correction", "required",
                    "采纳申诉须写明数据更正 / accepting needs the fact correction"));
        }
        for (String[] field : new String[][] {{"$.reason", reason}, {"$.correction", correction}}) {
            if (field[1] != null && field[1].length() > 4000) {
                errors.add(new FieldViolation(field[0], "too-long", "最长 4000 字 / at most 4000 characters"));
            }
        }
        return errors;
    }
}
