package cn.kaohe.scoring.engine.validation;

/**
 * One problem of a scenario (a 422 of the public API).
 *
 * @param path    JSON path of the offending field, e.g. {@code $.assignments[3].target}
 * @param code    short kebab-case slug, one of {@link ViolationCodes}
 * @param message Chinese first, then English
 */
public record Violation(String path, String code, String message) {
}
