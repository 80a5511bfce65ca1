package cn.kaohe.defaults.web;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.List;
import java.util.regex.Pattern;

/** The field rules every service's inputs share: business codes and bounded texts. */
public final class FieldRules {

    /** Business codes (cycle 2024, unit HANYIN, indicator GDP): letters, digits, - and _, at most 32. */
    public static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    /** Periods are months, YYYY-MM. */
    public static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private FieldRules() {
    }

    public static void code(List<FieldViolation> errors, String path, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(path, "required", "必填 / required"));
        } else if (!CODE.matcher(value).matches()) {
            errors.add(new FieldViolation(path, "invalid-code",
                    "代码只能含字母、数字、-、_,最长 32 / letters, digits, - and _, at most 32"));
        }
    }

    public static boolean isPeriod(String value) {
        return value != null && PERIOD.matcher(value).matches();
    }

    public static void text(List<FieldViolation> errors, String path, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldViolation(path, "required", "必填 / required"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldViolation(path, "too-long", "最长 " + maxLength + " 字 / at most " + maxLength + " characters"));
        }
    }
}
