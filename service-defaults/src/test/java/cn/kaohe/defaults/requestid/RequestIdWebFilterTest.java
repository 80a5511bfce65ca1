package cn.kaohe.defaults.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdWebFilterTest {

    @Test
    void theAccessLogKeepsNoRespondentCredential() {
        assertThat(RequestIdWebFilter.loggable("/api/evaluations/v1/public/invitations/QmFzZTY0VG9rZW5PZlRoaXJ0eVR3bzAx/responses"))
                .isEqualTo("/api/evaluations/v1/public/invitations/QmFz…/responses");
        assertThat(RequestIdWebFilter.loggable("/api/evaluations/v1/public/links/abcdefghijklmnop"))
                .isEqualTo("/api/evaluations/v1/public/links/abcd…");
        assertThat(RequestIdWebFilter.loggable("/s/QmFzZTY0VG9rZW5PZlRoaXJ0eVR3bzAx")).isEqualTo("/s/QmFz…");
        assertThat(RequestIdWebFilter.loggable("/s/p/abcdefghijklmnop")).isEqualTo("/s/p/abcd…");
        assertThat(RequestIdWebFilter.loggable("/s/assets/survey.js")).isEqualTo("/s/assets/survey.js");
        assertThat(RequestIdWebFilter.loggable("/api/evaluations/v1/surveys/42/invitations"))
                .isEqualTo("/api/evaluations/v1/surveys/42/invitations");
    }
}
