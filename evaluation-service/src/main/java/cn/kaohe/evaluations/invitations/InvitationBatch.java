package cn.kaohe.evaluations.invitations;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.evaluations.surveys.RatedUnit;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the office asks for: {@code count} tokens for {@code group}, each rating {@code units} (a subset of
 * the group's units; all of them when left out).
 */
public record InvitationBatch(String group, Integer count, List<String> units) {

    public static final int MAX_COUNT = 5000;

    public List<FieldViolation> violations(SurveyDefinition definition) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.group", group);
        RespondentGroup known = group == null ? null : definition.group(group);
        if (errors.isEmpty() && known == null) {
            errors.add(new FieldViolation("$.group", "unknown-group", "问卷无此评价群体 / the survey has no group " + group));
        }
        if (count == null) {
            errors.add(new FieldViolation("$.count", "required", "须给出数量 / count is required"));
        } else if (count < 1 || count > MAX_COUNT) {
            errors.add(new FieldViolation("$.count", "out-of-range", "每次 1–" + MAX_COUNT + " 个 / 1.." + MAX_COUNT));
        }
        if (units != null) {
            if (units.isEmpty()) {
                errors.add(new FieldViolation("$.units", "required", "至少一个单位 / at least one unit"));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < units.size(); i++) {
                String unit = units.get(i);
                if (known != null && !known.rates(unit)) {
                    errors.add(new FieldViolation("$.units[" + i + "]", "unit-not-in-group",
                            "该群体不评价此单位 / group " + group + " does not rate " + unit));
                } else if (!seen.add(unit)) {
                    errors.add(new FieldViolation("$.units[" + i + "]", "duplicate", "重复 / listed twice"));
                }
            }
        } else if (known != null && known.units().isEmpty()) {
            errors.add(new FieldViolation("$.group", "no-units", "该群体尚无被评价单位 / the group rates no unit yet"));
        }
        return errors;
    }

    /** The units each token rates; call only without violations. */
    public List<String> unitsOf(SurveyDefinition definition) {
        return units != null ? List.copyOf(units) : definition.group(group).units().stream().map(RatedUnit::code).toList();
    }
}
