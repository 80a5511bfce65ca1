package cn.kaohe.evaluations.surveys;

/** DRAFT while being defined, OPEN while respondents answer, CLOSED afterwards. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
