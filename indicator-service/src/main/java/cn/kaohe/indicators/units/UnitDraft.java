package cn.kaohe.indicators.units;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import java.util.ArrayList;
import java.util.List;

/**
 * What the office sends to create or change a unit. Without a keycloakGroup the unit is linked
 * to the realm group {@code /units/<code>}. {@code version} is required when changing.
 */
public record UnitDraft(String code, String name, UnitKind kind, String parent, String keycloakGroup, Long version) {

    public String groupOrDefault() {
        return keycloakGroup == null || keycloakGroup.isBlank() ? "/units/" + code : keycloakGroup;
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.code", code);
        FieldRules.text(errors, "$.name", name, 200);
        if (kind == null) {
            errors.add(new FieldViolation("$.kind", "required",
                    "必须填写单位类型 / kind is required (COUNTY, TOWN, DEPARTMENT, ENTERPRISE)"));
        }
        if (parent != null && parent.equals(code)) {
            errors.add(new FieldViolation("$.parent", "self-parent", "上级不能是自己 / a unit cannot be its own parent"));
        }
        if (keycloakGroup != null && keycloakGroup.length() > 200) {
            errors.add(new FieldViolation("$.keycloakGroup", "too-long", "最长 200 字 / at most 200 characters"));
        }
        return errors;
    }
}
