package cn.kaohe.defaults.web;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import java.util.ArrayList;
import java.util.List;

/** {@code ?page=0&size=50} (size at most 500), checked once for every list endpoint. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<FieldViolation> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new FieldViolation("$.page", "must-not-be-negative", "页码不能为负 / page must be ≥ 0"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldViolation("$.size", "out-of-range", "每页条数应在 1–500 / size must be 1..500"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Paging(p, s);
    }

    public long offset() {
        return (long) page * size;
    }

    public <T> Page<T> of(List<T> items, long total) {
        return new Page<>(items, page, size, total);
    }

    /** The list response shape shared by every service. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
