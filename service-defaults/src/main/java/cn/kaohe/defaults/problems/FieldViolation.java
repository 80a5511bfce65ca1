package cn.kaohe.defaults.problems;

/**
 * One offending field of a request, named by its JSON path ({@code $.assignments[3].target}).
 *
 * @param path    JSON path of the field, starting at {@code $}
 * @param code    stable kebab-case slug a client can branch on ({@code must-be-positive})
 * @param message human-readable explanation, Chinese first then English
 */
public record FieldViolation(String path, String code, String message) {
}
