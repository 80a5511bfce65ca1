package cn.kaohe.evaluations.surveys;

import java.math.BigDecimal;
import java.util.List;

/** A question with its options; {@code weight} is relative (default 1, so equal weights). */
public record Question(String code, String text, BigDecimal weight, Boolean required, List<AnswerOption> options) {

    public boolean mustAnswer() {
        return !Boolean.FALSE.equals(required);
    }

    public AnswerOption option(String optionCode) {
        if (options == null) {
            return null;
        }
        for (AnswerOption option : options) {
            if (option.code() != null && option.code().equals(optionCode)) {
                return option;
            }
        }
        return null;
    }
}
