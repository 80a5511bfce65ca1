package cn.kaohe.defaults.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonDefaultsTest {

    record Stamped(OffsetDateTime at, BigDecimal amount) {
    }

    private final JsonMapper json = builtWithDefaults();

    private static JsonMapper builtWithDefaults() {
        JsonMapper.Builder builder = JsonMapper.builder();
        JsonDefaults.customizer().customize(builder);
        return builder.build();
    }

    @Test
    void instantsAreWrittenWithTheShanghaiOffset() {
        OffsetDateTime utc = OffsetDateTime.of(2024, 10, 31, 16, 30, 0, 0, ZoneOffset.UTC);

        assertThat(json.writeValueAsString(new Stamped(utc, BigDecimal.ONE)))
                .contains("\"at\":\"2024-11-01T00:30:00+08:00\"");
    }

    @Test
    void decimalsAreReadExactlyAndWrittenPlainly() {
        Stamped read = json.readValue("{\"at\":\"2024-11-01T00:30:00+08:00\",\"amount\":0.1}", Stamped.class);

        assertThat(read.amount()).isEqualByComparingTo("0.1");
        assertThat(json.writeValueAsString(Map.of("n", new BigDecimal("1E+3")))).isEqualTo("{\"n\":1000}");
    }

    @Test
    void unknownFieldsAreRejected() {
        assertThatThrownBy(() -> json.readValue("{\"amount\":1,\"amout\":2}", Stamped.class))
                .hasMessageContaining("amout");
    }
}
