package cn.kaohe.evaluations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds survey definitions for tests: by default three questions on the default scale and the four
 * usual groups (两代表一委员 0.3, 上级对口部门 0.2, 群众 0.3, 服务对象 0.2), each rating HANYIN and SHIQUAN.
 */
public final class SurveyFixture {

    private final Map<String, Object> survey = new LinkedHashMap<>();
    private final List<Map<String, Object>> questions = new ArrayList<>();
    private final List<Map<String, Object>> groups = new ArrayList<>();

    private SurveyFixture(String cycle, String code) {
        survey.put("cycle", cycle);
        survey.put("code", code);
        survey.put("title", cycle + "年度社会评价");
        survey.put("questions", questions);
        survey.put("groups", groups);
    }

    /** An empty definition (no questions, no groups). */
    public static SurveyFixture bare(String cycle, String code) {
        return new SurveyFixture(cycle, code);
    }

    public static SurveyFixture usual(String cycle, String code) {
        SurveyFixture fixture = new SurveyFixture(cycle, code)
                .question("Q1", "工作作风满意度", null)
                .question("Q2", "服务质量满意度", null)
                .question("Q3", "廉洁自律满意度", null);
        List<String> units = List.of("HANYIN", "SHIQUAN");
        return fixture.group("DEPUTIES", "两代表一委员", "0.3", null, units)
                .group("UPPER_DEPTS", "上级对口部门", "0.2", null, units)
                .group("PUBLIC", "群众", "0.3", null, units)
                .group("SERVICE_USERS", "服务对象", "0.2", null, units);
    }

    public SurveyFixture question(String code, String text, String weight) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("code", code);
        question.put("text", text);
        if (weight != null) {
            question.put("weight", new java.math.BigDecimal(weight));
        }
        questions.add(question);
        return this;
    }

    public SurveyFixture optionalQuestion(String code, String text) {
        question(code, text, null);
        questions.get(questions.size() - 1).put("required", false);
        return this;
    }

    public SurveyFixture group(String code, String name, String weight, Integer minimum, List<String> units) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("code", code);
        group.put("name", name);
        group.put("weight", new java.math.BigDecimal(weight));
        if (minimum != null) {
            group.put("minimumResponses", minimum);
        }
        group.put("units", units.stream().map(unit -> Map.of("code", unit, "name", name(unit))).toList());
        groups.add(group);
        return this;
    }

    public SurveyFixture onlyGroups(Map<String, Object>... replacement) {
        groups.clear();
        groups.addAll(List.of(replacement));
        return this;
    }

    public SurveyFixture minimum(int minimum) {
        groups.forEach(group -> group.put("minimumResponses", minimum));
        return this;
    }

    public SurveyFixture named(String group) {
        groups.stream().filter(g -> g.get("code").equals(group)).forEach(g -> g.put("anonymous", false));
        return this;
    }

    public SurveyFixture set(String field, Object value) {
        survey.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return survey;
    }

    static String name(String unit) {
        return switch (unit) {
            case "HANYIN" -> "汉阴县";
            case "SHIQUAN" -> "石泉县";
            default -> unit;
        };
    }
}
