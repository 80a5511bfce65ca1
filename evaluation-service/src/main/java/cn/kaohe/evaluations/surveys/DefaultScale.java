package cn.kaohe.evaluations.surveys;

import java.math.BigDecimal;
import java.util.List;

/** The usual five-point scale: 满意 100, 比较满意 80, 基本满意 60, 不满意 0, 不了解 without points. */
public final class DefaultScale {

    public static final List<AnswerOption> OPTIONS = List.of(
            new AnswerOption("SATISFIED", "满意", BigDecimal.valueOf(100), true),
            new AnswerOption("FAIRLY_SATISFIED", "比较满意", BigDecimal.valueOf(80), true),
            new AnswerOption("BASICALLY_SATISFIED", "基本满意", BigDecimal.valueOf(60), true),
            new AnswerOption("DISSATISFIED", "不满意", BigDecimal.ZERO, false),
            new AnswerOption("UNKNOWN", "不了解", null, false));

    /** Without a stated choice, the first this many options carrying points count as satisfied. */
    public static final int SATISFIED_BY_DEFAULT = 3;

    private DefaultScale() {
    }
}
