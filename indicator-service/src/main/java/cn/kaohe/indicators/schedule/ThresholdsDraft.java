package cn.kaohe.indicators.schedule;

import cn.kaohe.defaults.problems.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the office sends to change a cycle's thresholds, with the version it read. */
public record ThresholdsDraft(BigDecimal redBelowGap, BigDecimal controlYellowShare, Long version) {

    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (redBelowGap == null) {
            errors.add(new FieldViolation("$.redBelowGap", "required", "必填 / required"));
        } else if (redBelowGap.signum() > 0 || redBelowGap.compareTo(MINUS_HUNDRED) < 0) {
            errors.add(new FieldViolation("$.redBelowGap", "out-of-range",
                    "红色阈值应在 −100 至 0 个百分点 / must be between -100 and 0 percentage points"));
        } else if (redBelowGap.scale() > 2) {
            errors.add(new FieldViolation("$.redBelowGap", "too-precise", "最多两位小数 / at most 2 decimals"));
        }
        if (controlYellowShare == null) {
            errors.add(new FieldViolation("$.controlYellowShare", "required", "必填 / required"));
        } else if (controlYellowShare.signum() <= 0 || controlYellowShare.compareTo(BigDecimal.ONE) > 0) {
            errors.add(new FieldViolation("$.controlYellowShare", "out-of-range",
                    "控制线黄色比例应在 0–1 之间 / must be in (0, 1]"));
        } else if (controlYellowShare.scale() > 4) {
            errors.add(new FieldViolation("$.controlYellowShare", "too-precise", "最多四位小数 / at most 4 decimals"));
        }
        if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
        }
        return errors;
    }
}
