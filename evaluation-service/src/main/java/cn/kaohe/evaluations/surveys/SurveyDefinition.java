package cn.kaohe.evaluations.surveys;

import java.util.List;

/**
 * What a survey scores with: questions (options, points, weights, required), respondent groups
 * (weights, minimums, anonymity, units) and {@code trimAbove} (drop the single highest and lowest
 * response score of a unit × group when it has more responses than this; 0 = never).
 */
public record SurveyDefinition(Integer trimAbove, List<Question> questions, List<RespondentGroup> groups) {

    public static final int DEFAULT_TRIM_ABOVE = 5;

    public SurveyDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public int trim() {
        return trimAbove == null ? DEFAULT_TRIM_ABOVE : trimAbove;
    }

    public RespondentGroup group(String code) {
        return groups.stream().filter(group -> group.code().equals(code)).findFirst().orElse(null);
    }

    public Question question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst().orElse(null);
    }

    /** Every unit some group rates, in first-mention order, with the name first given. */
    public List<RatedUnit> units() {
        java.util.LinkedHashMap<String, RatedUnit> all = new java.util.LinkedHashMap<>();
        for (RespondentGroup group : groups) {
            for (RatedUnit unit : group.units()) {
                all.putIfAbsent(unit.code(), unit);
            }
        }
        return List.copyOf(all.values());
    }
}
