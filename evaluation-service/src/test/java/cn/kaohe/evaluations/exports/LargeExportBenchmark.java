package cn.kaohe.evaluations.exports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.defaults.test.TestKeycloak;
import cn.kaohe.defaults.test.TestPostgres;
import cn.kaohe.evaluations.EvaluationApiTest;
import cn.kaohe.evaluations.SurveyFixture;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Not part of the test suite (the name is no test name surefire picks up): bench/evaluation-export.sh
 * runs it. Stores {@code kaohe.bench.responses} responses with three answers each directly in the
 * database, then streams the CSV and the xlsx export over HTTP with the service and this client in one
 * JVM, reporting rows, time, bytes and the peak heap in use while it ran.
 */
class LargeExportBenchmark extends EvaluationApiTest {

    @Test
    void exportsAMillionResponsesWithABoundedHeap() throws Exception {
        int responses = Integer.getInteger("kaohe.bench.responses", 1_000_000);
        String survey = openSurvey(SurveyFixture.usual(freshCycle(), "BIG").named("DEPUTIES"));
        long loadStart = System.nanoTime();
        try (Connection db = TestPostgres.get().connect("evaluations")) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO response (id, survey_id, group_code, unit_code,"
                    + " submitted_at, score, client_address, device_id) SELECT gen_random_uuid(), ?::uuid, 'DEPUTIES',"
                    + " CASE WHEN g % 2 = 0 THEN 'HANYIN' ELSE 'SHIQUAN' END, now() - g * interval '1 second',"
                    + " (g % 101), '198.51.100.' || (g % 250), 'device-' || g FROM generate_series(1, ?) g")) {
                insert.setString(1, survey);
                insert.setInt(2, responses);
                insert.executeUpdate();
            }
            try (PreparedStatement answers = db.prepareStatement("INSERT INTO response_answer (response_id, question_code,"
                    + " option_code, points, satisfied) SELECT r.id, q, 'FAIRLY_SATISFIED', 80, true FROM response r,"
                    + " unnest(ARRAY['Q1', 'Q2', 'Q3']) q WHERE r.survey_id = ?::uuid")) {
                answers.setString(1, survey);
                answers.executeUpdate();
            }
            db.createStatement().execute("ANALYZE response; ANALYZE response_answer");
        }
        System.out.printf("bench: stored %,d responses with 3 answers each in %.1f s%n", responses,
                (System.nanoTime() - loadStart) / 1e9);
        for (String format : new String[] {"csv", "xlsx"}) {
            export(survey, format, responses);
        }
    }

    private void export(String survey, String format, int responses) throws Exception {
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + SURVEYS + "/" + survey
                        + "/responses/export?format=" + format))
                .header("Authorization", "Bearer " + TestKeycloak.get().userToken("office")).build();
        long start = System.nanoTime();
        long firstByte;
        long bytes = 0;
        long lines = 0;
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        try (InputStream body = response.body()) {
            firstByte = System.nanoTime();
            if (format.equals("csv")) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
                String line;
                while ((line = reader.readLine()) != null) {
                    lines++;
                    bytes += line.length() + 2;
                }
            } else {
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    bytes += read;
                }
            }
        }
        long seconds = System.nanoTime() - start;
        sampler.interrupt();
        if (format.equals("csv")) {
            assertThat(lines).isEqualTo(responses + 1L);
        }
        System.out.printf("bench: %s export of %,d responses: %.1f s (first byte after %.2f s), %,d MB, heap in use "
                        + "%,d MB before and at most %,d MB during (max heap %,d MB)%n", format, responses, seconds / 1e9,
                (firstByte - start) / 1e9, bytes >> 20, baseline >> 20, peak.get() >> 20,
                memory.getHeapMemoryUsage().getMax() >> 20);
    }
}
