package cn.kaohe.scoring.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.test.TestKeycloak;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Against the real Keycloak with the project realm: the scoring service's own client. */
class ServiceAccountTokenTest {

    private final String issuer = TestKeycloak.get().issuerUri();

    @Test
    void upstreamReadsCarryTheServiceAccountsAnalystTokenInsteadOfTheCallers() {
        ServiceAccountToken tokens = new ServiceAccountToken(issuer, "kaohe-scoring-service", "scoring-service-secret");

        String token = tokens.forUpstream("the-callers-token").block();

        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"azp\":\"kaohe-scoring-service\"").contains("\"analyst\"");
    }

    @Test
    void theTokenIsReusedUntilShortlyBeforeItExpires() {
        ServiceAccountToken tokens = new ServiceAccountToken(issuer, "kaohe-scoring-service", "scoring-service-secret");

        assertThat(tokens.forUpstream("caller").block()).isEqualTo(tokens.forUpstream("caller").block());
    }

    @Test
    void withoutAConfiguredClientTheCallersTokenTravels() {
        assertThat(new ServiceAccountToken(issuer, "", "").forUpstream("the-callers-token").block())
                .isEqualTo("the-callers-token");
    }

    @Test
    void aRefusedClientIsAnUnavailableSourceNotAServerError() {
        ServiceAccountToken tokens = new ServiceAccountToken(issuer, "kaohe-scoring-service", "wrong-secret");

        assertThatThrownBy(() -> tokens.forUpstream("caller").block())
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.status().value()).isEqualTo(503));
    }
}
