package cn.kaohe.scoring.engine.validation;

import java.util.BitSet;

/** A set of unit × indicator pairs, as one bit set of unit ids per indicator id. */
final class UnitIndicatorSet {
    private final BitSet[] unitsByIndicator;

    UnitIndicatorSet(int indicatorCount) {
        unitsByIndicator = new BitSet[indicatorCount];
    }

    /** @return whether the pair was not yet in the set */
    boolean add(int unitId, int indicatorId) {
        BitSet units = unitsByIndicator[indicatorId];
        if (units == null) {
            units = new BitSet();
            unitsByIndicator[indicatorId] = units;
        }
        if (units.get(unitId)) {
            return false;
        }
        units.set(unitId);
        return true;
    }

    boolean contains(int unitId, int indicatorId) {
        BitSet units = unitsByIndicator[indicatorId];
        return units != null && units.get(unitId);
    }
}
