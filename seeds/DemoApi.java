import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The platform's public API with demo users' tokens (password grant of the demo client). */
final class DemoApi {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String issuer;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoApi(String gateway, String issuer) {
        this.gateway = gateway;
        this.issuer = issuer;
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, name -> {
            String form = "grant_type=password&client_id=kaohe-cli&username=" + enc(name) + "&password=" + enc(name);
            HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build();
            Matcher matcher = TOKEN.matcher(send(request).body());
            if (!matcher.find()) {
                throw new IllegalStateException("no token for " + name);
            }
            return matcher.group(1);
        });
    }

    HttpResponse<String> call(String token, String method, String path, String body) {
        return send(request(method, path, body).header("Authorization", "Bearer " + token).build());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(60)).header("Accept-Language", "en");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    /** The call's body when its status is one of {@code accepted}; otherwise the seed fails loudly. */
    String expect(String token, String method, String path, String body, int... accepted) {
        HttpResponse<String> response = call(token, method, path, body);
        for (int status : accepted) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException("seed failed: " + method + " " + path + " -> " + response.statusCode()
                + ": " + response.body());
    }

    /** An anonymous call of a respondent; a 429 of the gateway's rate limit waits its Retry-After and tries again. */
    HttpResponse<String> respondent(String method, String path, String body, String... headers) {
        while (true) {
            HttpRequest.Builder request = request(method, path, body);
            if (headers.length > 0) {
                request.headers(headers);
            }
            HttpResponse<String> response = send(request.build());
            if (response.statusCode() != 429) {
                return response;
            }
            long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
            try {
                Thread.sleep(wait * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String number(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":(-?[0-9.]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Runs independent pieces of work eight at a time and fails on the first failure. */
    static void parallel(List<Runnable> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable piece : work) {
                running.add(pool.submit(piece));
            }
            for (Future<?> piece : running) {
                piece.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
