package cn.kaohe.scoring.engine.grading;

import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.engine.scenario.VetoEffect;
import cn.kaohe.scoring.engine.scenario.VetoRule;
import java.util.List;

/** What one-vote vetoes (一票否决) do to a unit's grade. */
public final class VetoEffects {
    private VetoEffects() {
    }

    /** NO_EXCELLENT, or MAX_GRADE below EXCELLENT, bar the unit from every excellence slot. */
    public static boolean eligibleForExcellence(List<VetoRule> unitVetoes) {
        for (VetoRule veto : unitVetoes) {
            boolean capsBelowExcellent = veto.effect() == VetoEffect.MAX_GRADE && veto.grade() != Grade.EXCELLENT;
            if (veto.effect() == VetoEffect.NO_EXCELLENT || capsBelowExcellent) {
                return false;
            }
        }
        return true;
    }

    /**
     * MAX_GRADE lowers a better grade to its cap; FORCE_GRADE sets its grade. Of several such
     * vetoes, the worst resulting grade stands. NO_EXCELLENT has already acted on eligibility.
     */
    public static Grade applyTo(Grade grade, List<VetoRule> unitVetoes) {
        Grade worstResult = null;
        for (VetoRule veto : unitVetoes) {
            Grade result = switch (veto.effect()) {
                case NO_EXCELLENT -> null;
                case MAX_GRADE -> Grade.worse(grade, veto.grade());
                case FORCE_GRADE -> veto.grade();
            };
            if (result != null) {
                worstResult = worstResult == null ? result : Grade.worse(worstResult, result);
            }
        }
        return worstResult == null ? grade : worstResult;
    }
}
