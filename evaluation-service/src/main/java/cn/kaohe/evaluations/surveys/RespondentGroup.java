package cn.kaohe.evaluations.surveys;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评价群体 (两代表一委员, 上级对口部门, 群众, 服务对象): its weight in the social score, the minimum number
 * of valid responses per unit for it to count, whether its answers are anonymous in every report,
 * and the units it rates.
 */
public record RespondentGroup(String code, String name, BigDecimal weight, Integer minimumResponses,
                              Boolean anonymous, List<RatedUnit> units) {

    public static final int DEFAULT_MINIMUM = 5;

    public int minimum() {
        return minimumResponses == null ? DEFAULT_MINIMUM : minimumResponses;
    }

    public boolean hidesIdentity() {
        return !Boolean.FALSE.equals(anonymous);
    }

    public boolean rates(String unitCode) {
        return units != null && units.stream().anyMatch(unit -> unit.code().equals(unitCode));
    }
}
