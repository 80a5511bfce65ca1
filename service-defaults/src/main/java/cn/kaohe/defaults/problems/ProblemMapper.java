package cn.kaohe.defaults.problems;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns any failure into the problem the caller sees. Pure mapping, no I/O: the rules of which
 * failure is which status live here and nowhere else.
 */
public final class ProblemMapper {

    /** What the caller is told; {@code detail} is already in the caller's language. */
    public record Problem(HttpStatus status, String slug, String detail, List<FieldViolation> errors,
                          java.util.Map<String, Object> extensions) {
        boolean isServerFault() {
            return status.is5xxServerError();
        }
    }

    /** Whether Spring's data access and R2DBC are on the classpath (the services), or not (the gateway). */
    private static final boolean DATA_ACCESS = ClassUtils.isPresent("org.springframework.dao.DataAccessException",
            ProblemMapper.class.getClassLoader()) && ClassUtils.isPresent("io.r2dbc.spi.R2dbcException",
            ProblemMapper.class.getClassLoader());

    private ProblemMapper() {
    }

    public static Problem map(Throwable failure, Locale locale) {
        if (failure instanceof ProblemException problem) {
            return new Problem(problem.status(), problem.slug(), problem.getMessage(), problem.errors(),
                    problem.extensions());
        }
        if (failure instanceof AuthenticationException) {
            return simple(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    Languages.pick(locale, "需要有效的访问令牌", "A valid bearer token is required"));
        }
        if (failure instanceof AccessDeniedException || failure instanceof AuthorizationDeniedException) {
            return simple(HttpStatus.FORBIDDEN, "forbidden",
                    Languages.pick(locale, "当前角色无权执行此操作", "Your role may not do this"));
        }
        if (failure instanceof WebExchangeBindException binding) {
            List<FieldViolation> errors = new ArrayList<>();
            for (FieldError fieldError : binding.getFieldErrors()) {
                errors.add(new FieldViolation("$." + fieldError.getField(),
                        kebab(fieldError.getCode()), fieldError.getDefaultMessage()));
            }
            return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", null, errors, null);
        }
        JacksonException json = jacksonCause(failure);
        if (json != null) {
            return fromJson(json, locale);
        }
        if (failure instanceof DataBufferLimitException || hasCause(failure, DataBufferLimitException.class)) {
            return simple(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    Languages.pick(locale, "请求体超过允许的大小", "The request body exceeds the allowed size"));
        }
        if (failure instanceof UnsupportedMediaTypeStatusException) {
            return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    Languages.pick(locale, "请使用 application/json", "Send application/json"));
        }
        if (failure instanceof NotAcceptableStatusException) {
            return simple(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", null);
        }
        if (failure instanceof MethodNotAllowedException) {
            return simple(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", null);
        }
        if (failure instanceof ServerWebInputException input) {
            return simple(HttpStatus.BAD_REQUEST, "malformed-request", input.getReason());
        }
        if (DATA_ACCESS) {
            Problem refused = DataAccessFailures.map(failure, locale);
            if (refused != null) {
                return refused;
            }
        }
        if (isDependencyDown(failure)) {
            return simple(HttpStatus.SERVICE_UNAVAILABLE, "dependency-unavailable",
                    Languages.pick(locale, "数据库或依赖服务暂不可用,请稍后重试",
                            "The database or a dependency is unavailable; retry later"));
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus resolved = HttpStatus.resolve(status.getStatusCode().value());
            return simple(resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved,
                    slugOf(status.getStatusCode()), null);
        }
        return simple(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", null);
    }

    private static Problem fromJson(JacksonException json, Locale locale) {
        String path = jsonPath(json.getPath());
        if (json instanceof UnrecognizedPropertyException unknown) {
            return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed", null,
                    List.of(new FieldViolation(path, "unknown-field",
                            Languages.pick(locale, "未知字段 '" + unknown.getPropertyName() + "'",
                                    "unknown field '" + unknown.getPropertyName() + "'"))), null);
        }
        if (json instanceof InvalidFormatException || json instanceof MismatchedInputException) {
            return new Problem(HttpStatus.BAD_REQUEST, "malformed-request",
                    Languages.pick(locale, "字段类型错误", "A field has the wrong type"),
                    List.of(new FieldViolation(path, "wrong-type",
                            Languages.pick(locale, "类型或格式不正确", "wrong type or format"))), null);
        }
        String where = json instanceof StreamReadException read && read.getLocation() != null
                ? " (line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr() + ")"
                : "";
        return simple(HttpStatus.BAD_REQUEST, "malformed-request",
                Languages.pick(locale, "JSON 格式错误", "Malformed JSON") + where);
    }

    static String jsonPath(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static JacksonException jacksonCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json) {
                return json;
            }
            if (cause instanceof DecodingException && cause.getCause() == null) {
                return null;
            }
        }
        return null;
    }

    private static boolean isDependencyDown(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof TimeoutException
                    || cause instanceof java.nio.channels.ClosedChannelException
                    || (DATA_ACCESS && DataAccessFailures.isDown(cause))
                    || cause.getClass().getName().startsWith("io.netty.channel.")
                    || cause.getClass().getName().equals("io.r2dbc.postgresql.client.ReactorNettyClient$PostgresConnectionClosedException")
                    || cause.getClass().getName().equals("io.r2dbc.postgresql.PostgresqlConnectionFactory$PostgresConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failures of Spring's data access and R2DBC, in a class of their own: it is loaded only where those
     * libraries are (the services), never in the gateway, whose classpath has neither.
     */
    private static final class DataAccessFailures {

        static Problem map(Throwable failure, Locale locale) {
            if (failure instanceof OptimisticLockingFailureException) {
                return simple(HttpStatus.CONFLICT, "conflict",
                        Languages.pick(locale, "数据已被他人修改,请刷新后重试", "Changed by someone else; reload and retry"));
            }
            if (failure instanceof DuplicateKeyException) {
                return simple(HttpStatus.CONFLICT, "conflict",
                        Languages.pick(locale, "记录已存在", "The record already exists"));
            }
            if (failure instanceof DataIntegrityViolationException || isRefusedValue(failure)) {
                // A value the database refuses (too long, unknown reference) is the caller's input, not our fault;
                // features name the field where they can, this is the net under them.
                return simple(HttpStatus.UNPROCESSABLE_CONTENT, "validation-failed",
                        Languages.pick(locale, "数据不符合约束(过长或引用不存在)",
                                "A value breaks a data rule (too long, or refers to something unknown)"));
            }
            return null;
        }

        static boolean isDown(Throwable cause) {
            return cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof R2dbcNonTransientResourceException
                    || cause instanceof R2dbcTransientResourceException
                    || (cause instanceof R2dbcException r2dbc && isConnectionState(r2dbc.getSqlState()));
        }

        /** SQLSTATE class 22 (data exception: too long, out of range) and 23 (integrity constraint). */
        private static boolean isRefusedValue(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof R2dbcException r2dbc && r2dbc.getSqlState() != null
                        && (r2dbc.getSqlState().startsWith("22") || r2dbc.getSqlState().startsWith("23"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** SQLSTATE class 08 (connection exception) and 57P0x (server shutting down). */
    private static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"));
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Problem simple(HttpStatus status, String slug, String detail) {
        return new Problem(status, slug, detail, List.of(), null);
    }

    /** The general problem type of a status. */
    static String slugOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 409 -> "conflict";
            case 410 -> "gone";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 422 -> "validation-failed";
            case 429 -> "too-many-requests";
            case 503 -> "dependency-unavailable";
            default -> "internal-error";
        };
    }

    private static String kebab(String code) {
        if (code == null) {
            return "invalid";
        }
        return code.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
