package cn.kaohe.defaults.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Keycloak per test JVM, started from the distribution the build unpacked (see the root
 * pom) with the project's realm, on free ports and a throw-away database. Tokens come from it
 * exactly as integrators get them.
 */
public final class TestKeycloak {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static TestKeycloak instance;

    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestKeycloak(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static synchronized TestKeycloak get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-keycloak-stop"));
        }
        return instance;
    }

    public String issuerUri() {
        return "http://localhost:" + port + "/realms/kaohe";
    }

    /** A user's access token (password grant through the local-demo CLI client). */
    public String userToken(String username) {
        return tokens.computeIfAbsent("user:" + username, key -> fetchToken(
                "grant_type=password&client_id=kaohe-cli&username=" + encode(username) + "&password=" + encode(username),
                null));
    }

    /** The demo integrator's access token (client credentials). */
    public String integratorToken() {
        return tokens.computeIfAbsent("client:demo-integrator", key -> fetchToken("grant_type=client_credentials",
                "Basic " + Base64.getEncoder().encodeToString("demo-integrator:demo-secret".getBytes(StandardCharsets.UTF_8))));
    }

    private String fetchToken(String form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(issuerUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher matcher = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TestKeycloak start() {
        Path home = Path.of(required("kaohe.keycloak.home"));
        Path realm = Path.of(required("kaohe.realm.file"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ": run the build from the project root (./mvnw verify), which unpacks it first");
        }
        try {
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, imports.resolve("kaohe-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Path work = Files.createTempDirectory("kaohe-keycloak-");
            int port = freePort();
            ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--import-realm",
                    "--db-url=jdbc:h2:file:" + work.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE")
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("keycloak.log").toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            TestKeycloak keycloak = new TestKeycloak(port, builder.start());
            keycloak.awaitRealm(work.resolve("keycloak.log"));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitRealm(Path log) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Keycloak did not become ready within 4 minutes; see " + log);
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the root pom sets it for tests)");
        }
        return value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
