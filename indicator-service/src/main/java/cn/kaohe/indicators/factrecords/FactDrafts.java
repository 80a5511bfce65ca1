package cn.kaohe.indicators.factrecords;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the office sends to record each kind of fact, and their rules. Codes (unit, indicator, rule,
 * level) must be well formed; whether a rule or level exists is the rulebook's business, checked by the
 * scoring service when it computes. The date must fall in the cycle's year.
 */
public final class FactDrafts {

    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);

    private FactDrafts() {
    }

    /** 定性等次: e.g. PARTY level A for 汉阴县 as assessed on 2024-12-20. */
    public record LevelDraft(String unit, String indicator, String level, LocalDate date, String reason) {
        public List<FieldViolation> violations(int cycleYear) {
            List<FieldViolation> errors = new ArrayList<>();
            FieldRules.code(errors, "$.unit", unit);
            FieldRules.code(errors, "$.indicator", indicator);
            FieldRules.code(errors, "$.level", level);
            dateRule(errors, date, cycleYear);
            optionalText(errors, "$.reason", reason, 2000);
            return errors;
        }
    }

    /** 加分/扣分 item: a rule of the rulebook, points ≥ 0 (the rule's kind gives the sign), an optional 文号. */
    public record AdjustmentDraft(String unit, String rule, BigDecimal points, String dedupeKey, LocalDate date,
                                  String reason) {
        public List<FieldViolation> violations(int cycleYear) {
            List<FieldViolation> errors = new ArrayList<>();
            FieldRules.code(errors, "$.unit", unit);
            FieldRules.code(errors, "$.rule", rule);
            if (points == null) {
                errors.add(new FieldViolation("$.points", "required", "必须填写分值 / points are required"));
            } else if (points.signum() < 0) {
                errors.add(new FieldViolation("$.points", "must-not-be-negative",
                        "分值不能为负,加减由规则决定 / must be ≥ 0: the rule's kind gives the sign"));
            } else if (points.compareTo(MAX_POINTS) > 0) {
                errors.add(new FieldViolation("$.points", "out-of-range", "分值不超过 100 / at most 100"));
            } else if (points.stripTrailingZeros().scale() > 4) {
                errors.add(new FieldViolation("$.points", "too-precise", "最多四位小数 / at most 4 decimals"));
            }
            if (dedupeKey != null && (dedupeKey.isBlank() || dedupeKey.length() > 200)) {
                errors.add(new FieldViolation("$.dedupeKey", "invalid-key", "文号 1–200 字 / 1..200 characters"));
            }
            dateRule(errors, date, cycleYear);
            FieldRules.text(errors, "$.reason", reason, 2000);
            return errors;
        }
    }

    /** 一票否决 incident under a veto rule of the rulebook. */
    public record VetoDraft(String unit, String rule, LocalDate date, String description) {
        public List<FieldViolation> violations(int cycleYear) {
            List<FieldViolation> errors = new ArrayList<>();
            FieldRules.code(errors, "$.unit", unit);
            FieldRules.code(errors, "$.rule", rule);
            dateRule(errors, date, cycleYear);
            FieldRules.text(errors, "$.description", description, 4000);
            return errors;
        }
    }

    /** Withdrawing a fact: why, and the version read. */
    public record Withdrawal(String reason, Long version) {
        public List<FieldViolation> violations() {
            List<FieldViolation> errors = new ArrayList<>();
            FieldRules.text(errors, "$.reason", reason, 1000);
            if (version == null) {
                errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
            }
            return errors;
        }
    }

    private static void dateRule(List<FieldViolation> errors, LocalDate date, int cycleYear) {
        if (date == null) {
            errors.add(new FieldViolation("$.date", "required", "必须填写日期 / date is required (YYYY-MM-DD)"));
        } else if (date.getYear() != cycleYear) {
            errors.add(new FieldViolation("$.date", "outside-cycle",
                    "日期不在考核年度 " + cycleYear + " 内 / the date is outside the cycle's year"));
        }
    }

    private static void optionalText(List<FieldViolation> errors, String path, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldViolation(path, "too-long", "最长 " + maxLength + " 字 / at most " + maxLength + " characters"));
        }
    }
}
