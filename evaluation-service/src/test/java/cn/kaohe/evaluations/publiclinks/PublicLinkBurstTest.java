package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.SurveyFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Suspicious bursts are flagged, never dropped, and the office sees them in responses and scores; the
 * limits and flags count exactly under concurrent submissions.
 */
class PublicLinkBurstTest extends PublicLinkTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> publicGroup(Map<String, Object> unit) {
        return ((List<Map<String, Object>>) unit.get("groups")).stream().filter(g -> g.get("group").equals("PUBLIC"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    @Test
    @SuppressWarnings("unchecked")
    void manyResponsesFromOneAddressAreFlaggedCountedAndSeenByTheOffice() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT").minimum(1));
        String code = code(link(survey, "PUBLIC", Map.of("burstPerAddress", 2)));
        String[] options = {"SATISFIED", "FAIRLY_SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
        for (int i = 0; i < 4; i++) {
            answer(code, "phone-" + i, "203.0.113.5", answers("HANYIN", options[i], options[i], options[i]))
                    .expectStatus().isCreated();
        }
        answer(code, "phone-9", "203.0.113.6", answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"))
                .expectStatus().isCreated();

        Map<String, Object> flagged = ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/responses?flagged=true").exchange());
        assertThat(flagged).containsEntry("total", 2);
        assertThat(items(flagged)).allSatisfy(response -> assertThat(json(response.get("flags")))
                .contains("\"code\":\"ADDRESS_BURST\"").contains("10 分钟内同一网络地址对该单位").doesNotContain("203.0.113"));
        assertThat(ok(as("office").get().uri(SURVEYS + "/" + survey + "/responses?flagged=false").exchange()))
                .containsEntry("total", 3);

        Map<String, Object> hanyin = ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange());
        // every response counts: (100 + 80 + 60 + 0 + 100) / 5 = 68
        assertThat(publicGroup(hanyin)).containsEntry("validResponses", 5).containsEntry("flaggedResponses", 2)
                .containsEntry("score", 68.00);
        assertThat((List<Object>) hanyin.get("flags")).contains("FLAGGED_RESPONSES");
        Map<String, Object> leaderView = ok(as("leader").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange());
        assertThat(publicGroup(leaderView)).containsEntry("flaggedResponses", 2);

        for (Map<String, Object> response : items(flagged)) {
            ok(post("office", SURVEYS + "/" + survey + "/responses/" + response.get("id") + "/exclusion",
                    Map.of("reason", "同一地址短时间内集中提交", "version", response.get("version"))));
        }
        Map<String, Object> after = ok(as("office").get().uri(SURVEYS + "/" + survey + "/scores/HANYIN").exchange());
        // without the two flagged ones (60 and 0): (100 + 80 + 100) / 3 = 93.33
        assertThat(publicGroup(after)).containsEntry("validResponses", 3).containsEntry("flaggedResponses", 0)
                .containsEntry("excludedResponses", 2).containsEntry("score", 93.33);
        assertThat((List<Object>) after.get("flags")).doesNotContain("FLAGGED_RESPONSES");
        Map<String, Object> kept = ok(as("office").get().uri(SURVEYS + "/" + survey + "/responses?flagged=true").exchange());
        assertThat(items(kept)).allSatisfy(response -> assertThat(response).containsEntry("excluded", true)
                .containsEntry("exclusionReason", "同一地址短时间内集中提交"));
    }

    @Test
    void identicalAnswersFromManyAddressesAreFlagged() {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String code = code(link(survey, "PUBLIC", Map.of("burstIdenticalAnswers", 2)));
        for (int i = 0; i < 3; i++) {
            answer(code, "phone-" + i, "198.51.100." + i, answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"))
                    .expectStatus().isCreated();
        }
        answer(code, "phone-7", "198.51.100.7", answers("HANYIN", "SATISFIED", "SATISFIED", "FAIRLY_SATISFIED"))
                .expectStatus().isCreated();
        answer(code, "phone-8", "198.51.100.8", answers("SHIQUAN", "SATISFIED", "SATISFIED", "SATISFIED"))
                .expectStatus().isCreated();

        Map<String, Object> flagged = ok(as("office").get()
                .uri(SURVEYS + "/" + survey + "/responses?flagged=true").exchange());
        assertThat(flagged).containsEntry("total", 1);
        assertThat(json(items(flagged).get(0).get("flags"))).contains("IDENTICAL_ANSWERS").contains("第 3 份");
        assertThat(ok(as("office").get().uri(SURVEYS + "/" + survey + "/responses").exchange())).containsEntry("total", 5);
    }

    @Test
    void concurrentSubmissionsOfOneDeviceAndUnitStoreExactlyOne() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        String code = code(link(survey, "PUBLIC", Map.of()));
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(json(withProof(answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"), proof(code))));
        }

        Map<Integer, Integer> statuses = concurrently(code, bodies, i -> "phone-1", i -> "203.0.113.1");

        assertThat(statuses).isEqualTo(Map.of(201, 1, 409, 19));
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(1);
        assertThat(count("SELECT scored FROM unit_group_tally WHERE survey_id = ?::uuid", survey)).isEqualTo(1);
    }

    @Test
    void concurrentSubmissionsFromOneAddressKeepItsDailyLimitAndItsFlagsExactly() throws Exception {
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "SAT"));
        Map<String, Object> link = link(survey, "PUBLIC", Map.of("addressDailyLimit", 5, "burstPerAddress", 3));
        String code = code(link);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            bodies.add(json(withProof(answers("HANYIN", "SATISFIED", "SATISFIED", "SATISFIED"), proof(code))));
        }

        Map<Integer, Integer> statuses = concurrently(code, bodies, i -> "phone-" + i, i -> "203.0.113.9");

        assertThat(statuses).isEqualTo(Map.of(201, 5, 429, 15));
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid", survey)).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM response WHERE survey_id = ?::uuid AND flags @> ?::jsonb", survey,
                "[{\"code\": \"ADDRESS_BURST\"}]")).isEqualTo(2);
        assertThat(count("SELECT flagged FROM unit_group_tally WHERE survey_id = ?::uuid", survey)).isEqualTo(2);
        assertThat(count("SELECT count FROM public_link_counter WHERE link_id = ?::uuid AND kind = 'ADDRESS_DAY'",
                link.get("id"))).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM proof_of_work_use WHERE link_id = ?::uuid", link.get("id"))).isEqualTo(5);
    }

    private Map<Integer, Integer> concurrently(String code, List<String> bodies,
                                               java.util.function.IntFunction<String> device,
                                               java.util.function.IntFunction<String> address) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(bodies.size());
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + LINKS + code + "/responses"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .header("X-Device-Id", device.apply(i)).header("X-Forwarded-For", address.apply(i))
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
            statuses.add(clients.submit(() -> {
                start.await();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Future<Integer> status : statuses) {
            counts.merge(status.get(), 1, Integer::sum);
        }
        clients.shutdown();
        return counts;
    }
}
