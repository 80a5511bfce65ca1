package cn.kaohe.scoring.results;

import cn.kaohe.scoring.engine.scenario.Assignment;
import cn.kaohe.scoring.engine.scenario.IndicatorRule;
import cn.kaohe.scoring.engine.scenario.Rulebook;
import cn.kaohe.scoring.engine.scenario.Scenario;
import cn.kaohe.scoring.engine.scenario.SocialScore;
import cn.kaohe.scoring.engine.scenario.UnitRef;
import cn.kaohe.scoring.engine.validation.Violation;
import cn.kaohe.scoring.upstream.CycleFacts;
import cn.kaohe.scoring.upstream.CycleSocialScores;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cycle's scenario assembled from its three owners: the rulebook (this service), the facts
 * (indicator service) and the social scores (evaluation service). Codes tie them; where they
 * disagree the engine's violations say where, and {@link #attribute} says whose data it is.
 */
public final class CycleScenario {

    private CycleScenario() {
    }

    public static Scenario assemble(Rulebook rulebook, CycleFacts facts, CycleSocialScores social) {
        return new Scenario(rulebook, facts.units(), facts.assignments(), facts.values(), facts.levels(),
                facts.adjustments(), facts.vetoes(), social.socialScores());
    }

    /** Names the owner of the data a violation points at, so the office knows whom to ask. */
    public static Violation attribute(Violation violation) {
        String path = violation.path();
        String owner;
        if (path.startsWith("$.rulebook")) {
            owner = "细则 rulebook";
        } else if (path.startsWith("$.socialScores")) {
            owner = "社会评价服务 evaluation service";
        } else {
            owner = "指标服务 indicator service facts";
        }
        return new Violation(path, violation.code(), "[" + owner + "] " + violation.message());
    }

    /** What is odd but scorable: indicators nobody is assessed on, units without a social score. */
    public static List<String> warnings(Rulebook rulebook, CycleFacts facts, CycleSocialScores social) {
        List<String> warnings = new ArrayList<>();
        Set<String> assigned = new HashSet<>();
        for (Assignment assignment : facts.assignments()) {
            assigned.add(assignment.indicator());
        }
        if (rulebook.indicators() != null) {
            for (IndicatorRule indicator : rulebook.indicators()) {
                if (!assigned.contains(indicator.code())) {
                    warnings.add("指标 " + indicator.code() + " 无任何单位承担 / no unit is assessed on " + indicator.code());
                }
            }
        }
        Set<String> scored = new HashSet<>();
        for (SocialScore score : social.socialScores()) {
            scored.add(score.unit());
        }
        for (UnitRef unit : facts.units()) {
            if (!scored.contains(unit.code())) {
                warnings.add("单位 " + unit.code() + " 无社会评价得分(按 0 计)/ " + unit.code()
                        + " has no social score (counted as 0)");
            }
        }
        return warnings;
    }
}
