package cn.kaohe.scoring.appeals;

import cn.kaohe.defaults.problems.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/** What a unit files: which unit, why, and a reference to its evidence (a document number or file id). */
public record NewAppeal(String unit, String text, String evidenceRef) {

    public List<FieldViolation> violations() {
        List<FieldViolation> errors = new ArrayList<>();
        if (unit == null || unit.isBlank()) {
            errors.add(new FieldViolation("$.unit", "required", "必须注明申诉单位 / unit is required"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new FieldViolation("$.text", "required", "必须写明申诉理由 / text is required"));
        } else if (text.length() > 4000) {
            errors.add(new FieldViolation("$.text", "too-long", "最长 4000 字 / at most 4000 characters"));
        }
        if (evidenceRef != null && evidenceRef.length() > 500) {
            errors.add(new FieldViolation("$.evidenceRef", "too-long", "最长 500 字 / at most 500 characters"));
        }
        return errors;
    }
}
