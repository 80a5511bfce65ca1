package cn.kaohe.defaults.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import tools.jackson.core.StreamWriteFeature;
import java.util.TimeZone;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;

/**
 * One JSON feel for every service: decimals are read as BigDecimal (never binary floating point)
 * and written plainly, unknown fields are rejected so a typo never passes silently, and instants
 * are written with the Asia/Shanghai offset (api-conventions: period boundaries and "today" are
 * in Asia/Shanghai, so a reader sees the same local time the office does).
 */
public final class JsonDefaults {

    public static final TimeZone SHANGHAI = TimeZone.getTimeZone("Asia/Shanghai");

    private JsonDefaults() {
    }

    public static JsonMapperBuilderCustomizer customizer() {
        return builder -> builder
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .defaultTimeZone(SHANGHAI)
                .enable(DateTimeFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
