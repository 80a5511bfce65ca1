package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.SurveyFixture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The proof of work over real HTTP: valid, missing, wrong, forged, another link's, replayed, expired. */
class ProofOfWorkApiTest extends PublicLinkTest {

    private static final Map<String, Object> ANSWERS = answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED");

    private String survey;
    private Map<String, Object> link;
    private String code;

    @BeforeEach
    void publicLink() {
        survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        link = link(survey, "PUBLIC", Map.of());
        code = code(link);
    }

    private String nothing() {
        return "0 responses, 0 answers, 0 tallied, 0 counted, 0 proofs used";
    }

    @Test
    void aSolvedChallengeIsAcceptedOnceAndIssuingOneWritesNothing() throws SQLException {
        Map<String, Object> challenge = challenge(code);
        assertThat(challenge).containsEntry("bits", TEST_BITS).containsKeys("challenge", "nonce");
        assertThat((String) challenge.get("expiresAt")).endsWith("+08:00");
        assertThat(written(survey, (String) link.get("id"))).isEqualTo(nothing());
        Map<String, Object> proof = Map.of("challenge", challenge.get("challenge"),
                "counter", ProofOfWorkTest.solve((String) challenge.get("nonce"), TEST_BITS));

        submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, proof), null).expectStatus().isCreated();
        String after = written(survey, (String) link.get("id"));

        submitThroughLink(code, "phone-2", "203.0.113.2", withProof(ANSWERS, proof), null)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:proof-used");
        assertThat(written(survey, (String) link.get("id"))).isEqualTo(after).endsWith("1 proofs used");
    }

    @Test
    void aMissingOrWrongProofIsRefusedAndWritesNothing() throws SQLException {
        Map<String, Object> challenge = challenge(code);
        long right = ProofOfWorkTest.solve((String) challenge.get("nonce"), TEST_BITS);
        long wrong = wrongCounter((String) challenge.get("nonce"), right);

        for (Map<String, Object> proof : new Map[] {null, Map.of("challenge", challenge.get("challenge")),
                Map.of("challenge", challenge.get("challenge"), "counter", wrong),
                Map.of("challenge", "garbage.garbage", "counter", right)}) {
            submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, proof), null)
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:proof-invalid");
        }

        assertThat(written(survey, (String) link.get("id"))).isEqualTo(nothing());
    }

    @Test
    void anotherLinksChallengeIsRefused() throws SQLException {
        Map<String, Object> other = link(openSurvey(SurveyFixture.usual(freshCycle(), "SAT")), "PUBLIC", Map.of());

        submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, proof(code(other))), null)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:proof-invalid");
        assertThat(written(survey, (String) link.get("id"))).isEqualTo(nothing());
    }

    @Test
    void anExpiredChallengeIsRefusedAndWritesNothing() throws SQLException {
        // signed with the service's own key, as it would have issued it 21 minutes ago
        ProofOfWork.Challenge stale = new ProofOfWork(serviceKey()).issue(UUID.fromString((String) link.get("id")),
                TEST_BITS, Instant.now().minusSeconds(60), new byte[16]);
        Map<String, Object> proof = Map.of("challenge", stale.challenge(),
                "counter", ProofOfWorkTest.solve(stale.nonce(), TEST_BITS));

        submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, proof), null)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:kaohe:problem:proof-expired");
        assertThat(written(survey, (String) link.get("id"))).isEqualTo(nothing());
    }

    @Test
    void raisingTheDifficultyVoidsTheEasierChallengesAlreadyIssued() {
        Map<String, Object> easy = proof(code);
        as("office").put().uri(SURVEYS + "/" + survey + "/public-links/" + link.get("id"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json(Map.of("version", 0, "proofOfWorkBits", 14)))
                .exchange().expectStatus().isOk();

        submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, easy), null)
                .expectStatus().isForbidden();
        Map<String, Object> harder = challenge(code);
        assertThat(harder).containsEntry("bits", 14);
        submitThroughLink(code, "phone-1", "203.0.113.1", withProof(ANSWERS, Map.of("challenge", harder.get("challenge"),
                "counter", ProofOfWorkTest.solve((String) harder.get("nonce"), 14))), null).expectStatus().isCreated();
    }

    private static long wrongCounter(String nonce, long right) {
        for (long counter = right + 1; ; counter++) {
            if (ProofOfWork.leadingZeroBits(ProofOfWork.work(nonce, counter)) < TEST_BITS) {
                return counter;
            }
        }
    }

    private static byte[] serviceKey() throws SQLException {
        try (Connection db = TestPostgres.get().connect("evaluations");
             var statement = db.prepareStatement("SELECT secret FROM proof_of_work_key WHERE id = 1");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getBytes(1);
        }
    }
}
