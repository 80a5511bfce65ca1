package cn.kaohe.defaults.idempotency;

import cn.kaohe.defaults.problems.ProblemException;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header of a creating request: the client's name for one intended
 * write, so that a retry after a lost answer repeats nothing. Absent means "no protection asked".
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public IdempotencyKey {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw ProblemException.invalid("header:" + HEADER, "invalid-idempotency-key",
                    "幂等键为 1–100 个字母、数字或 ._:- / an idempotency key is 1-100 letters, digits or ._:-");
        }
    }

    /** The key of a header value, or null when the client sent none. */
    public static IdempotencyKey ofHeader(String header) {
        return header == null || header.isEmpty() ? null : new IdempotencyKey(header);
    }
}
