package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.ScenarioIndex.Assigned;
import cn.kaohe.scoring.engine.adjustments.Overachievement;
import cn.kaohe.scoring.engine.methods.IndicatorScore;
import cn.kaohe.scoring.engine.methods.IndividualMethod;
import cn.kaohe.scoring.engine.methods.Measurement;
import cn.kaohe.scoring.engine.methods.Rank;
import cn.kaohe.scoring.engine.methods.ScoringMethod;
import cn.kaohe.scoring.engine.methods.ScoringMethods;
import cn.kaohe.scoring.engine.scenario.Direction;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.PeerGroup;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores every assignment, indicator by indicator, so that a RANK peer group is sorted once. */
final class IndicatorScoring {
    private final ScenarioIndex index;

    IndicatorScoring(ScenarioIndex index) {
        this.index = index;
    }

    /** @return by unit id, the unit's indicators, in rulebook order */
    List<UnitIndicators> scoreAll() {
        List<UnitIndicators> byUnit = new ArrayList<>(index.units.size());
        for (int unit = 0; unit < index.units.size(); unit++) {
            byUnit.add(new UnitIndicators(index.indicators.size()));
        }
        for (int indicatorId = 0; indicatorId < index.indicators.size(); indicatorId++) {
            IndicatorRule indicator = index.indicators.get(indicatorId);
            List<Assigned> assigned = index.assignmentsByIndicator.get(indicatorId);
            List<Measurement> measurements = new ArrayList<>(assigned.size());
            for (Assigned a : assigned) {
                measurements.add(measure(indicatorId, indicator, a));
            }
            List<IndicatorScore> scores = score(ScoringMethods.from(indicator.method()), indicator, assigned, measurements);
            for (int i = 0; i < assigned.size(); i++) {
                Measurement m = measurements.get(i);
                BigDecimal bonus = Overachievement.bonus(indicator.overachievementBonus(), m.direction(), m.target(), m.actual());
                byUnit.get(assigned.get(i).unitId()).add(indicator.code(), m.points(), scores.get(i), bonus);
            }
        }
        return byUnit;
    }

    private Measurement measure(int indicatorId, IndicatorRule indicator, Assigned assigned) {
        BigDecimal points = assigned.assignment().points() != null ? assigned.assignment().points() : indicator.points();
        return new Measurement(indicator.directionOrDefault(), points, assigned.assignment().target(),
                index.actual(indicatorId, assigned.unitId()), index.level(indicatorId, assigned.unitId()));
    }

    private List<IndicatorScore> score(ScoringMethod method, IndicatorRule indicator, List<Assigned> assigned,
                                       List<Measurement> measurements) {
        return switch (method) {
            case IndividualMethod individual -> measurements.stream().map(individual::score).toList();
            case Rank rank -> scoreRank(rank, indicator.directionOrDefault(), assigned, measurements);
        };
    }

    /** Units without a value are missing and outside every peer group. */
    private List<IndicatorScore> scoreRank(Rank rank, Direction direction, List<Assigned> assigned,
                                           List<Measurement> measurements) {
        IndicatorScore[] scores = new IndicatorScore[measurements.size()];
        Arrays.fill(scores, IndicatorScore.notReported());
        Map<String, List<Integer>> peerGroups = new HashMap<>();
        for (int i = 0; i < measurements.size(); i++) {
            if (measurements.get(i).actual() != null) {
                peerGroups.computeIfAbsent(peerGroupOf(rank, assigned.get(i)), group -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : peerGroups.values()) {
            List<IndicatorScore> groupScores = rank.scorePeerGroup(direction,
                    members.stream().map(measurements::get).toList());
            for (int k = 0; k < members.size(); k++) {
                scores[members.get(k)] = groupScores.get(k);
            }
        }
        return Arrays.asList(scores);
    }

    private String peerGroupOf(Rank rank, Assigned assigned) {
        return rank.peerGroup() == PeerGroup.CATEGORY ? index.units.get(assigned.unitId()).category() : "";
    }
}
