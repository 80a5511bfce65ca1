package cn.kaohe.evaluations.surveys;

/** A unit a group rates: its code (the indicator service's unit code) and the name respondents see. */
public record RatedUnit(String code, String name) {
}
