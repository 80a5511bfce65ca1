package cn.kaohe.defaults.problems;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the API reports to the caller as {@code application/problem+json}. Features throw
 * the factory-made instances below; the one translator per service renders them.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final transient List<FieldViolation> errors;
    private final transient Map<String, Object> extensions;

    public ProblemException(HttpStatus status, String slug, String detail,
                            List<FieldViolation> errors, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", detail, null, null);
    }

    public static ProblemException invalid(List<FieldViolation> errors) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", null, errors, null);
    }

    public static ProblemException invalid(String path, String code, String message) {
        return invalid(List.of(new FieldViolation(path, code, message)));
    }

    /** A conflicting write; {@code current} is the representation the caller should start from. */
    public static ProblemException conflict(String detail, Object current) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail, null,
                current == null ? null : Map.of("current", current));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail, null, null);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable", detail, null, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
