package cn.kaohe.scoring.engine.validation;

import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scenario defines (first definition of each code), for checking the facts' references.
 * Units and indicators get dense ids, so that unit × indicator pairs can be kept in bit sets.
 */
final class Catalog {
    static final int UNKNOWN = -1;

    private final Map<String, Integer> unitIds = new HashMap<>();
    private final Map<String, Integer> indicatorIds = new HashMap<>();
    private final List<IndicatorRule> indicators = new ArrayList<>();
    final Set<String> adjustmentRules = new HashSet<>();
    final Set<String> vetoRules = new HashSet<>();
    /** Whether the rulebook is present: without one, references to it cannot be judged. */
    boolean hasRulebook;

    /** @return false when the code is already defined */
    boolean defineUnit(String code) {
        return unitIds.putIfAbsent(code, unitIds.size()) == null;
    }

    /** @return false when the code is already defined */
    boolean defineIndicator(IndicatorRule indicator) {
        if (indicatorIds.putIfAbsent(indicator.code(), indicators.size()) != null) {
            return false;
        }
        indicators.add(indicator);
        return true;
    }

    int unitId(String code) {
        return unitIds.getOrDefault(code, UNKNOWN);
    }

    int indicatorId(String code) {
        return indicatorIds.getOrDefault(code, UNKNOWN);
    }

    IndicatorRule indicator(int id) {
        return indicators.get(id);
    }

    int indicatorCount() {
        return indicators.size();
    }
}
