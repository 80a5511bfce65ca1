package cn.kaohe.evaluations.surveys;

/**
 * DRAFT while being defined, OPEN while respondents answer (within its opening and closing times),
 * CLOSED afterwards (it may be opened again). A cycle has at most one survey that left DRAFT: the
 * one whose scores feed the cycle's social score.
 */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
