package cn.kaohe.indicators.rulebook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server on a free loopback port standing in for the scoring service's rulebook endpoint:
 * a test sets what it answers (status, body, delay) and reads what it was asked (paths, Authorization
 * headers).
 */
final class FakeScoringService {

    record Answer(int status, String body, long delayMillis) {
    }

    private final HttpServer server;
    private final AtomicReference<Answer> answer = new AtomicReference<>(new Answer(404, "{}", 0));
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    FakeScoringService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            paths.add(exchange.getRequestURI().getPath());
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Answer now = answer.get();
            try {
                Thread.sleep(now.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = now.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(now.status(), body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void answer(int status, String body) {
        answer.set(new Answer(status, body, 0));
    }

    void answerSlowly(long delayMillis, String body) {
        answer.set(new Answer(200, body, delayMillis));
    }

    int requests() {
        return paths.size();
    }

    List<String> paths() {
        return paths;
    }

    List<String> authorizations() {
        return authorizations;
    }

    void clear() {
        paths.clear();
        authorizations.clear();
    }
}
