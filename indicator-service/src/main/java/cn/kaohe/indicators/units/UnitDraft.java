package cn.kaohe.indicators.units;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the office sends to create or change a unit. Without a keycloakGroup the unit is linked
 * to the realm group {@code /units/<code>}. {@code version} is required when changing.
 */
public record UnitDraft(String code, String name, UnitKind kind, String parent, String keycloakGroup, Long version) {

    static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,31}");

    public String groupOrDefault() {
        return keycloakGroup == null || keycloakGroup.isBlank() ? "/units/" + code : keycloakGroup;
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (code == null || code.isBlank()) {
            errors.add(new FieldViolation("$.code", "required", "必须填写单位代码 / code is required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(new FieldViolation("$.code", "invalid-code",
                    "代码只能含字母、数字、-、_,最长 32 / letters, digits, - and _, at most 32"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FieldViolation("$.name", "required", "必须填写名称 / name is required"));
        } else if (name.length() > 200) {
            errors.add(new FieldViolation("$.name", "too-long", "名称最长 200 字 / at most 200 characters"));
        }
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
