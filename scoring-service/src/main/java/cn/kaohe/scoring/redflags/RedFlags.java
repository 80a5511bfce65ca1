package cn.kaohe.scoring.redflags;

import cn.kaohe.scoring.engine.result.IndicatorResult;
import cn.kaohe.scoring.engine.result.Result;
import cn.kaohe.scoring.engine.result.UnitResult;
import cn.kaohe.scoring.upstream.CycleFacts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * 赛马比拼: per section of the indicator tree, units ranked by their section score as of the
 * quarter's end; the first {@code top} ranks get the red flag, the last {@code last} ranks the
 * yellow card. Equal rounded scores share a rank (1, 2, 2, 4) and so share a flag. A unit with no
 * indicator in a section is not ranked there.
 */
public final class RedFlags {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RedFlags() {
    }

    public static List<SectionRanking> rank(Result result, List<CycleFacts.Section> sections, int top, int last) {
        List<CycleFacts.Section> effective = sections.isEmpty()
                ? List.of(new CycleFacts.Section("ALL", "全部指标 All indicators", null))
                : sections;
        List<SectionRanking> rankings = new ArrayList<>();
        for (CycleFacts.Section section : effective) {
            Set<String> codes = section.indicators() == null ? null : new HashSet<>(section.indicators());
            List<SectionRanking.Entry> scored = new ArrayList<>();
            for (UnitResult unit : result.units()) {
                BigDecimal earned = BigDecimal.ZERO;
                BigDecimal points = BigDecimal.ZERO;
                for (IndicatorResult indicator : unit.indicators()) {
                    if (codes == null || codes.contains(indicator.indicator())) {
                        earned = earned.add(indicator.earned());
                        points = points.add(indicator.points());
                    }
                }
                if (points.signum() > 0) {
                    BigDecimal score = HUNDRED.multiply(earned).divide(points, MathContext.DECIMAL64)
                            .setScale(2, RoundingMode.HALF_UP);
                    scored.add(new SectionRanking.Entry(unit.unit(), score, 0, null));
                }
            }
            rankings.add(new SectionRanking(section.code(), section.name(), flagged(scored, top, last)));
        }
        return rankings;
    }

    private static List<SectionRanking.Entry> flagged(List<SectionRanking.Entry> scored, int top, int last) {
        scored.sort(Comparator.comparing(SectionRanking.Entry::score).reversed().thenComparing(SectionRanking.Entry::unit));
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            boolean tie = i > 0 && scored.get(i).score().compareTo(scored.get(i - 1).score()) == 0;
            ranks.add(tie ? ranks.get(i - 1) : i + 1);
        }
        // A rank reaches into the bottom `last` positions when any unit holding it stands there;
        // every unit of that rank then shares the yellow card, as ties share the red flag.
        java.util.Map<Integer, Integer> lowestPosition = new java.util.HashMap<>();
        for (int i = 0; i < scored.size(); i++) {
            lowestPosition.merge(ranks.get(i), i, Math::max);
        }
        List<SectionRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            int rank = ranks.get(i);
            Flag flag = null;
            if (rank <= top) {
                flag = Flag.RED_FLAG;
            } else if (lowestPosition.get(rank) >= scored.size() - last) {
                flag = Flag.YELLOW_CARD;
            }
            SectionRanking.Entry entry = scored.get(i);
            entries.add(new SectionRanking.Entry(entry.unit(), entry.score(), rank, flag));
        }
        return entries;
    }
}
