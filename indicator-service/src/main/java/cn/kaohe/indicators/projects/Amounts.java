package cn.kaohe.indicators.projects;

import cn.kaohe.defaults.problems.FieldViolation;
import java.math.BigDecimal;
import java.util.List;

/** Money amounts (万元) as the database keeps them: numeric(20,6), so at most 14 digits before the point and 6 after. */
final class Amounts {

    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    private Amounts() {
    }

    static void check(List<FieldViolation> errors, String path, BigDecimal amount, boolean positive) {
        if (amount == null) {
            errors.add(new FieldViolation(path, "required", "必填 / required"));
        } else if (positive && amount.signum() <= 0) {
            errors.add(new FieldViolation(path, "must-be-positive", "须大于 0 / must be > 0"));
        } else if (amount.signum() < 0) {
            errors.add(new FieldViolation(path, "must-not-be-negative", "不能为负 / must be ≥ 0"));
        } else if (amount.compareTo(LIMIT) >= 0) {
            errors.add(new FieldViolation(path, "too-large", "数值过大 / too large"));
        } else if (amount.stripTrailingZeros().scale() > 6) {
            errors.add(new FieldViolation(path, "too-precise", "最多 6 位小数 / at most 6 decimals"));
        }
    }
}
