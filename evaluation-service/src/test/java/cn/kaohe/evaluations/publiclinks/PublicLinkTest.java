package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the public-link tests: the office creates a link, the respondent asks for a challenge, solves
 * it as the page does and submits from a device and an address (as the gateway forwards it).
 */
abstract class PublicLinkTest extends EvaluationApiTest {

    static final String LINKS = "/api/evaluations/v1/public/links/";
    /** Cheap enough to solve many times in a test, still a real proof. */
    static final int TEST_BITS = 10;

    /** Creates the group's link with the given settings (and {@link #TEST_BITS}); returns it. */
    Map<String, Object> link(String survey, String group, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>(settings);
        body.put("group", group);
        body.putIfAbsent("proofOfWorkBits", TEST_BITS);
        return created("office", SURVEYS + "/" + survey + "/public-links", body);
    }

    static String code(Map<String, Object> link) {
        String address = (String) link.get("link");
        return address.substring(address.lastIndexOf('/') + 1);
    }

    Map<String, Object> challenge(String code) {
        return read(anonymous().post().uri(LINKS + code + "/challenges").exchange().expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    /** A fresh challenge, solved. */
    Map<String, Object> proof(String code) {
        Map<String, Object> challenge = challenge(code);
        return Map.of("challenge", challenge.get("challenge"),
                "counter", ProofOfWorkTest.solve((String) challenge.get("nonce"), (Integer) challenge.get("bits")));
    }

    /** The answers body of {@code answers(unit, options)} with a proof. */
    static Map<String, Object> withProof(Map<String, Object> answers, Map<String, Object> proof) {
        Map<String, Object> body = new HashMap<>(answers);
        if (proof != null) {
            body.put("proof", proof);
        }
        return body;
    }

    WebTestClient.ResponseSpec submitThroughLink(String code, String device, String address, Object body,
                                                 String idempotencyKey) {
        var request = anonymous().post().uri(LINKS + code + "/responses").contentType(MediaType.APPLICATION_JSON);
        if (device != null) {
            request = request.header("X-Device-Id", device);
        }
        if (address != null) {
            request = request.header("X-Forwarded-For", address);
        }
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body instanceof String text ? text : json(body)).exchange();
    }

    /** A submission with a fresh solved proof. */
    WebTestClient.ResponseSpec answer(String code, String device, String address, Map<String, Object> answers) {
        return submitThroughLink(code, device, address, withProof(answers, proof(code)), null);
    }

    static long count(String sql, Object... parameters) throws SQLException {
        return TestPostgres.get().number("evaluations", sql, parameters);
    }

    /** Everything a public-link submission writes, for "nothing written" checks. */
    static String written(String survey, String linkId) throws SQLException {
        return count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey) + " responses, "
                + count("SELECT count(*) FROM response_answer a JOIN response r ON r.id = a.response_id"
                + " WHERE r.survey_id = ?::uuid", survey) + " answers, "
                + count("SELECT coalesce(sum(scored + unscored), 0) FROM unit_group_tally WHERE survey_id = ?::uuid", survey)
                + " tallied, "
                + count("SELECT coalesce(sum(count), 0) FROM public_link_counter WHERE link_id = ?::uuid", linkId)
                + " counted, "
                + count("SELECT count(*) FROM proof_of_work_use WHERE link_id = ?::uuid", linkId) + " proofs used";
    }
}
