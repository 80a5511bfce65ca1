package cn.kaohe.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static String canonical(String json) {
        return CanonicalJson.write(JSON.readTree(json));
    }

    @Test
    void keyOrderAndWhitespaceDoNotChangeTheSpelling() {
        assertThat(canonical("{\"b\": 1, \"a\": {\"y\": [1, 2], \"x\": null}}"))
                .isEqualTo(canonical("{\"a\":{\"x\":null,\"y\":[1,2]},\"b\":1}"))
                .isEqualTo("{\"a\":{\"x\":null,\"y\":[1,2]},\"b\":1}");
    }

    @Test
    void equalNumbersAreSpelledAlikeWhateverTheirScale() {
        assertThat(canonical("{\"v\": 53.10}")).isEqualTo(canonical("{\"v\": 53.1}")).isEqualTo("{\"v\":53.1}");
        assertThat(canonical("[100.000, 1e2, 0.0, -0]")).isEqualTo("[100,100,0,0]");
    }

    @Test
    void arrayOrderAndStringsAreKeptAndEscaped() {
        assertThat(canonical("[\"汉阴\", \"a\\\"b\", true]")).isEqualTo("[\"汉阴\",\"a\\\"b\",true]");
        assertThat(canonical("[2, 1]")).isNotEqualTo(canonical("[1, 2]"));
    }
}
