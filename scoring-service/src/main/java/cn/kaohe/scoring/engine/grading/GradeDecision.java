package cn.kaohe.scoring.engine.grading;

import cn.kaohe.scoring.engine.result.ExcellenceRoute;
import cn.kaohe.scoring.engine.scenario.Grade;

/**
 * A unit's grade and how it came about.
 *
 * @param gradeBeforeVetoes the grade from quotas and thresholds
 * @param excellenceRoute   how it became EXCELLENT before vetoes, or null
 */
public record GradeDecision(Grade grade, Grade gradeBeforeVetoes, boolean excellenceEligible,
                            ExcellenceRoute excellenceRoute) {
}
