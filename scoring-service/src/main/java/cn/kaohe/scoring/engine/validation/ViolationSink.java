package cn.kaohe.scoring.engine.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects every violation, with the checks that validators share. */
final class ViolationSink {
    private final List<Violation> violations = new ArrayList<>();

    void add(Path path, String code, String message) {
        violations.add(new Violation(path.toString(), code, message));
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** @return whether the value is present (non-null, and non-blank for text) */
    boolean required(Path path, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            add(path, ViolationCodes.REQUIRED, "缺少必填字段 / required field is missing");
        }
        return present;
    }

    /** As {@link #required(Path, Object)} for {@code parent.field}; the path is spelled out only on failure. */
    boolean required(Path parent, String field, Object value) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        if (!present) {
            required(parent.field(field), null);
        }
        return present;
    }

    void positive(Path parent, String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            positive(parent.field(field), value);
        }
    }

    void requiredNonNegative(Path parent, String field, BigDecimal value) {
        if (required(parent, field, value) && value.signum() < 0) {
            nonNegative(parent.field(field), value);
        }
    }

    void positive(Path path, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            add(path, ViolationCodes.MUST_BE_POSITIVE, "必须大于0 / must be greater than 0, was " + value.toPlainString());
        }
    }

    void nonNegative(Path path, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            add(path, ViolationCodes.MUST_NOT_BE_NEGATIVE, "不能为负数 / must not be negative, was " + value.toPlainString());
        }
    }

    void requiredPositive(Path path, BigDecimal value) {
        if (required(path, value)) {
            positive(path, value);
        }
    }

    void requiredNonNegative(Path path, BigDecimal value) {
        if (required(path, value)) {
            nonNegative(path, value);
        }
    }

    void between(Path path, BigDecimal value, BigDecimal low, BigDecimal high) {
        if (value != null && (value.compareTo(low) < 0 || value.compareTo(high) > 0)) {
            add(path, ViolationCodes.OUT_OF_RANGE, "必须在 %s 与 %s 之间 / must be between %s and %s, was %s"
                    .formatted(low, high, low, high, value.toPlainString()));
        }
    }

    void unknownField(Path path, String field, String owner) {
        add(path, ViolationCodes.UNKNOWN_FIELD,
                "字段“%s”不适用于 %s / field '%s' does not belong to %s".formatted(field, owner, field, owner));
    }

    void duplicateCode(Path path, String code) {
        add(path, ViolationCodes.DUPLICATE_CODE, "代码重复 / duplicate code '%s'".formatted(code));
    }
}
