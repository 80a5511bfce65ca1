package cn.kaohe.scoring.engine.result;

import cn.kaohe.scoring.engine.scenario.AdjustmentKind;
import java.math.BigDecimal;

/**
 * What one adjustment rule contributed to a unit.
 *
 * @param factsGiven   facts the unit has under the rule
 * @param factsCounted facts left after counting each dedupe key once
 * @param sum          Σ of the counted facts' points, before the rule's cap
 * @param counted      the sum after the rule's cap (always ≥ 0; {@code kind} gives the sign)
 */
public record AppliedAdjustment(
        String rule,
        AdjustmentKind kind,
        int factsGiven,
        int factsCounted,
        BigDecimal sum,
        BigDecimal counted) {

    public boolean capped() {
        return counted.compareTo(sum) < 0;
    }
}
