package cn.kaohe.evaluations.surveys;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a survey's definition, with no HTTP or SQL: what a draft must satisfy (every
 * offending field by JSON path), the defaults that complete it, what opening needs, and which
 * part of it is the scoring definition that responses freeze.
 */
public final class SurveyRules {

    static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
    static final BigDecimal MAX_QUESTION_WEIGHT = BigDecimal.valueOf(1000);
    static final int MAX_QUESTIONS = 100;
    static final int MAX_OPTIONS = 10;
    static final int MAX_GROUPS = 20;
    static final int MAX_UNITS = 1000;
    static final int MAX_MINIMUM = 100_000;
    static final int MAX_TRIM_ABOVE = 100_000;

    private SurveyRules() {
    }

    public static List<FieldViolation> violations(SurveyDraft draft, boolean updating) {
        List<FieldViolation> errors = new ArrayList<>();
        if (!updating || draft.cycle() != null) {
            FieldRules.code(errors, "$.cycle", draft.cycle());
        }
        if (!updating || draft.code() != null) {
            FieldRules.code(errors, "$.code", draft.code());
        }
        FieldRules.text(errors, "$.title", draft.title(), 200);
        if (draft.description() != null && draft.description().length() > 2000) {
            errors.add(new FieldViolation("$.description", "too-long", "最长 2000 字 / at most 2000 characters"));
        }
        if (draft.opensAt() != null && draft.closesAt() != null && !draft.opensAt().isBefore(draft.closesAt())) {
            errors.add(new FieldViolation("$.closesAt", "must-be-after-opening",
                    "截止时间须晚于开始时间 / must be after opensAt"));
        }
        Integer trim = draft.trimAbove();
        if (trim != null && (trim < 0 || trim == 1 || trim > MAX_TRIM_ABOVE)) {
            errors.add(new FieldViolation("$.trimAbove", "out-of-range",
                    "应为 0(不去掉最高最低分)或不小于 2 / 0 (no trimming) or at least 2, since trimming two of two "
                            + "responses leaves none"));
        }
        if (updating && draft.version() == null) {
            errors.add(new FieldViolation("$.version", "required", "修改须带版本号 / send the version you read"));
        }
        questions(errors, draft.questions());
        groups(errors, draft.groups());
        return errors;
    }

    private static void questions(List<FieldViolation> errors, List<Question> questions) {
        if (questions == null) {
            return;
        }
        if (questions.size() > MAX_QUESTIONS) {
            errors.add(new FieldViolation("$.questions", "too-many", "最多 " + MAX_QUESTIONS + " 题 / at most "
                    + MAX_QUESTIONS + " questions"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            String at = "$.questions[" + i + "]";
            Question question = questions.get(i);
            if (question == null) {
                errors.add(new FieldViolation(at, "required", "必填 / required"));
                continue;
            }
            uniqueCode(errors, at, question.code(), codes);
            FieldRules.text(errors, at + ".text", question.text(), 500);
            if (question.weight() != null && (question.weight().signum() <= 0
                    || question.weight().compareTo(MAX_QUESTION_WEIGHT) > 0)) {
                errors.add(new FieldViolation(at + ".weight", "out-of-range",
                        "权重须大于 0、不超过 1000 / weight must be > 0 and ≤ 1000"));
            }
            options(errors, at, question.options());
        }
    }

    private static void options(List<FieldViolation> errors, String question, List<AnswerOption> options) {
        if (options == null) {
            return;
        }
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            errors.add(new FieldViolation(question + ".options", "out-of-range",
                    "选项应为 2–10 个 / 2 to 10 options"));
        }
        Set<String> codes = new HashSet<>();
        boolean anyPoints = false;
        for (int i = 0; i < options.size(); i++) {
            String at = question + ".options[" + i + "]";
            AnswerOption option = options.get(i);
            if (option == null) {
                errors.add(new FieldViolation(at, "required", "必填 / required"));
                continue;
            }
            uniqueCode(errors, at, option.code(), codes);
            FieldRules.text(errors, at + ".label", option.label(), 100);
            if (option.points() != null) {
                anyPoints = true;
                if (option.points().signum() < 0 || option.points().compareTo(MAX_POINTS) > 0) {
                    errors.add(new FieldViolation(at + ".points", "out-of-range",
                            "分值应在 0–100 / points must be 0..100"));
                }
            } else if (option.countsAsSatisfied()) {
                errors.add(new FieldViolation(at + ".satisfied", "satisfied-without-points",
                        "无分值的选项(如不了解)不能计为满意 / an option without points cannot count as satisfied"));
            }
        }
        if (!options.isEmpty() && !anyPoints) {
            errors.add(new FieldViolation(question + ".options", "no-points",
                    "至少一个选项须有分值 / at least one option must carry points"));
        }
    }

    private static void groups(List<FieldViolation> errors, List<RespondentGroup> groups) {
        if (groups == null) {
            return;
        }
        if (groups.size() > MAX_GROUPS) {
            errors.add(new FieldViolation("$.groups", "too-many", "最多 " + MAX_GROUPS + " 个群体 / at most "
                    + MAX_GROUPS + " groups"));
        }
        Set<String> codes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean weightsComplete = true;
        for (int i = 0; i < groups.size(); i++) {
            String at = "$.groups[" + i + "]";
            RespondentGroup group = groups.get(i);
            if (group == null) {
                errors.add(new FieldViolation(at, "required", "必填 / required"));
                weightsComplete = false;
                continue;
            }
            uniqueCode(errors, at, group.code(), codes);
            FieldRules.text(errors, at + ".name", group.name(), 100);
            if (group.weight() == null) {
                errors.add(new FieldViolation(at + ".weight", "required", "须给出权重 / weight is required"));
                weightsComplete = false;
            } else if (group.weight().signum() <= 0 || group.weight().compareTo(BigDecimal.ONE) > 0) {
                errors.add(new FieldViolation(at + ".weight", "out-of-range",
                        "权重须大于 0、不超过 1 / weight must be > 0 and ≤ 1"));
                weightsComplete = false;
            } else {
                total = total.add(group.weight());
            }
            if (group.minimumResponses() != null
                    && (group.minimumResponses() < 1 || group.minimumResponses() > MAX_MINIMUM)) {
                errors.add(new FieldViolation(at + ".minimumResponses", "out-of-range",
                        "最少有效答卷数应不小于 1 / at least 1"));
            }
            units(errors, at, group.units());
        }
        if (!groups.isEmpty() && weightsComplete && total.compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldViolation("$.groups", "weights-must-sum-to-one",
                    "各群体权重之和须为 1,现为 " + total.toPlainString() + " / group weights must sum to 1, they sum to "
                            + total.toPlainString()));
        }
    }

    private static void units(List<FieldViolation> errors, String group, List<RatedUnit> units) {
        if (units == null) {
            return;
        }
        if (units.size() > MAX_UNITS) {
            errors.add(new FieldViolation(group + ".units", "too-many", "最多 " + MAX_UNITS + " 个单位 / at most "
                    + MAX_UNITS + " units"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String at = group + ".units[" + i + "]";
            RatedUnit unit = units.get(i);
            if (unit == null) {
                errors.add(new FieldViolation(at, "required", "必填 / required"));
                continue;
            }
            uniqueCode(errors, at, unit.code(), codes);
            FieldRules.text(errors, at + ".name", unit.name(), 100);
        }
    }

    private static void uniqueCode(List<FieldViolation> errors, String at, String code, Set<String> seen) {
        int before = errors.size();
        FieldRules.code(errors, at + ".code", code);
        if (errors.size() == before && !seen.add(code)) {
            errors.add(new FieldViolation(at + ".code", "duplicate", "代码重复 / code " + code + " is used twice"));
        }
    }

    /** The draft's definition with every default filled in; call only on a draft without violations. */
    public static SurveyDefinition complete(SurveyDefinition draft) {
        List<Question> questions = draft.questions().stream().map(SurveyRules::complete).toList();
        List<RespondentGroup> groups = draft.groups().stream()
                .map(group -> new RespondentGroup(group.code(), group.name(), group.weight().stripTrailingZeros(),
                        group.minimum(), group.hidesIdentity(), group.units() == null ? List.of() : group.units()))
                .toList();
        return new SurveyDefinition(draft.trim(), questions, groups);
    }

    private static Question complete(Question question) {
        List<AnswerOption> given = question.options() == null ? DefaultScale.OPTIONS : question.options();
        boolean anyStated = given.stream().anyMatch(option -> option.satisfied() != null);
        List<AnswerOption> options = new ArrayList<>();
        int pointedSeen = 0;
        for (AnswerOption option : given) {
            boolean satisfied;
            if (anyStated) {
                satisfied = option.countsAsSatisfied();
            } else {
                satisfied = option.carriesPoints() && pointedSeen < DefaultScale.SATISFIED_BY_DEFAULT;
            }
            if (option.carriesPoints()) {
                pointedSeen++;
            }
            options.add(new AnswerOption(option.code(), option.label(),
                    option.points() == null ? null : option.points().stripTrailingZeros(), satisfied));
        }
        BigDecimal weight = question.weight() == null ? BigDecimal.ONE : question.weight().stripTrailingZeros();
        return new Question(question.code(), question.text(), weight, question.mustAnswer(), List.copyOf(options));
    }

    /** What opening a survey needs beyond a valid draft: something to ask, someone to ask, units to rate. */
    public static List<FieldViolation> readyToOpen(SurveyDefinition definition) {
        List<FieldViolation> errors = new ArrayList<>();
        if (definition.questions().isEmpty()) {
            errors.add(new FieldViolation("$.questions", "required", "开放前须至少有一道题 / add a question before opening"));
        }
        if (definition.groups().isEmpty()) {
            errors.add(new FieldViolation("$.groups", "required",
                    "开放前须至少有一个评价群体 / add a respondent group before opening"));
        }
        for (int i = 0; i < definition.groups().size(); i++) {
            if (definition.groups().get(i).units().isEmpty()) {
                errors.add(new FieldViolation("$.groups[" + i + "].units", "required",
                        "开放前每个群体须有被评价单位 / every group needs units to rate before opening"));
            }
        }
        return errors;
    }

    /**
     * Whether two complete definitions score alike: everything but the texts (question texts, option
     * labels, group and unit names) and the order of questions, groups and units.
     */
    public static boolean scoresAlike(SurveyDefinition a, SurveyDefinition b) {
        return scoringPart(a).equals(scoringPart(b));
    }

    private record ScoringOption(String code, BigDecimal points, boolean satisfied) {
    }

    private record ScoringQuestion(String code, BigDecimal weight, boolean required, List<ScoringOption> options) {
    }

    private record ScoringGroup(String code, BigDecimal weight, int minimum, boolean anonymous, List<String> units) {
    }

    private record ScoringPart(int trimAbove, List<ScoringQuestion> questions, List<ScoringGroup> groups) {
    }

    private static ScoringPart scoringPart(SurveyDefinition definition) {
        List<ScoringQuestion> questions = definition.questions().stream()
                .map(question -> new ScoringQuestion(question.code(), normal(question.weight()), question.mustAnswer(),
                        question.options().stream().map(option -> new ScoringOption(option.code(),
                                normal(option.points()), option.countsAsSatisfied()))
                                .sorted(Comparator.comparing(ScoringOption::code)).toList()))
                .sorted(Comparator.comparing(ScoringQuestion::code)).toList();
        List<ScoringGroup> groups = definition.groups().stream()
                .map(group -> new ScoringGroup(group.code(), normal(group.weight()), group.minimum(),
                        group.hidesIdentity(), group.units().stream().map(RatedUnit::code).sorted().toList()))
                .sorted(Comparator.comparing(ScoringGroup::code)).toList();
        return new ScoringPart(definition.trim(), questions, groups);
    }

    private static BigDecimal normal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
