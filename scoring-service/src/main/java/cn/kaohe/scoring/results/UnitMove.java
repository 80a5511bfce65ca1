package cn.kaohe.scoring.results;

import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.scenario.Grade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one unit moved between two result versions, and why: the figures that changed, each named.
 * A unit present in only one version moved from or to nothing.
 */
public record UnitMove(String unit, BigDecimal finalBefore, BigDecimal finalAfter, Integer rankBefore,
                       Integer rankAfter, Grade gradeBefore, Grade gradeAfter, List<String> why) {

    public static Optional<UnitMove> between(UnitBreakdown before, UnitBreakdown after) {
        if (before == null && after == null) {
            return Optional.empty();
        }
        if (before == null || after == null) {
            UnitBreakdown present = before == null ? after : before;
            UnitStanding s = present.standing();
            return Optional.of(new UnitMove(s.unit(),
                    before == null ? null : s.finalScore(), after == null ? null : s.finalScore(),
                    before == null ? null : s.rankOverall(), after == null ? null : s.rankOverall(),
                    before == null ? null : s.grade(), after == null ? null : s.grade(),
                    List.of(before == null ? "新增单位 / unit added" : "单位移除 / unit removed")));
        }
        UnitStanding a = before.standing();
        UnitStanding b = after.standing();
        List<String> why = new ArrayList<>();
        indicatorChanges(before.indicators(), after.indicators(), why);
        figure(why, "社会评价 socialScore", a.socialScore(), b.socialScore());
        figure(why, "加分 bonus", a.bonus(), b.bonus());
        figure(why, "扣分 deduction", a.deduction(), b.deduction());
        if (!a.vetoes().equals(b.vetoes())) {
            why.add("否决 vetoes " + a.vetoes() + " → " + b.vetoes());
        }
        if (!a.category().equals(b.category())) {
            why.add("分类 category " + a.category() + " → " + b.category());
        }
        boolean moved = a.finalScore().compareTo(b.finalScore()) != 0 || a.rankOverall() != b.rankOverall()
                || a.grade() != b.grade() || !why.isEmpty();
        if (!moved) {
            return Optional.empty();
        }
        if (why.isEmpty()) {
            why.add("他人得分变化 / other units' scores changed");
        }
        return Optional.of(new UnitMove(a.unit(), a.finalScore(), b.finalScore(), a.rankOverall(), b.rankOverall(),
                a.grade(), b.grade(), why));
    }

    private static void indicatorChanges(List<IndicatorResult> before, List<IndicatorResult> after, List<String> why) {
        Map<String, IndicatorResult> old = new LinkedHashMap<>();
        before.forEach(indicator -> old.put(indicator.indicator(), indicator));
        for (IndicatorResult now : after) {
            IndicatorResult was = old.remove(now.indicator());
            if (was == null) {
                why.add("指标 " + now.indicator() + " 新增 / added, earned " + now.earned());
            } else {
                figure(why, now.indicator() + " earned", was.earned(), now.earned());
                figure(why, now.indicator() + " bonus", was.bonus(), now.bonus());
            }
        }
        old.keySet().forEach(code -> why.add("指标 " + code + " 移除 / removed"));
    }

    private static void figure(List<String> why, String name, BigDecimal before, BigDecimal after) {
        boolean same = before == null ? after == null : after != null && before.compareTo(after) == 0;
        if (!same) {
            why.add(name + " " + Objects.toString(before, "—") + " → " + Objects.toString(after, "—"));
        }
    }
}
