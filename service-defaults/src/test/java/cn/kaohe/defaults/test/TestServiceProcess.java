package cn.kaohe.defaults.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Kaohe service from its built executable jar as a separate process, wired to the test
 * PostgreSQL and Keycloak, for end-to-end tests through the gateway.
 */
public final class TestServiceProcess {

    private final String module;
    private final int port;
    private final List<String> arguments;
    private final Process process;
    private final Path log;

    private TestServiceProcess(String module, int port, List<String> arguments, Process process, Path log) {
        this.module = module;
        this.port = port;
        this.arguments = arguments;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code module} (e.g. {@code indicator-service}) and waits until it is ready;
     * {@code arguments} are extra Spring properties such as {@code --kaohe.services.indicators=…}.
     */
    public static TestServiceProcess start(String module, String... arguments) {
        return startOn(module, freePort(), arguments);
    }

    /** A port free on this machine now, for {@link #startOn}. */
    public static int freePort() {
        try {
            return TestKeycloak.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #start} on a port the caller chose (e.g. from {@link #freePort()}), so that two
     * services can be told each other's address before either runs.
     */
    public static TestServiceProcess startOn(String module, int port, String... arguments) {
        TestPostgres postgres = TestPostgres.get();
        TestKeycloak keycloak = TestKeycloak.get();
        Path jar = executableJar(module);
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Path log = Files.createTempFile(module + "-", ".log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-jar", jar.toString(),
                    "--server.port=" + port,
                    "--kaohe.db.host=" + postgres.host(),
                    "--kaohe.db.port=" + postgres.port(),
                    "--kaohe.db.username=" + postgres.username(),
                    "--kaohe.db.password=" + postgres.password(),
                    "--kaohe.auth.issuer-uri=" + keycloak.issuerUri()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            TestServiceProcess service = new TestServiceProcess(module, port, List.of(arguments), process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(service::stop, module + "-stop"));
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Kills the process at once with SIGKILL, as {@code kill -9} does: no shutdown hook, no graceful
     * drain, requests and transactions cut wherever they are. Waits until it is gone and answers its
     * exit status (137 = 128 + SIGKILL).
     */
    public int kill() {
        // On Linux and macOS destroyForcibly sends SIGKILL (destroy sends SIGTERM).
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(module + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /**
     * A new process of the same module on the same port with the same arguments, started once this one
     * has ended (after {@link #kill()} or {@link #stop()}), as an operator's restart would; waits until it
     * is ready.
     */
    public TestServiceProcess restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(module + " is still running: kill or stop it first");
        }
        return startOn(module, port, arguments.toArray(String[]::new));
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited during start; see " + log);
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
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
        throw new IllegalStateException(module + " was not ready within 2 minutes; see " + log);
    }

    private static Path executableJar(String module) {
        Path target = Path.of(System.getProperty("kaohe.project.root", ".."), module, "target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException missing) {
            // reported below
        }
        throw new IllegalStateException("no executable jar in " + target
                + ": build the whole project from its root (./mvnw verify) so " + module + " is packaged first");
    }
}
