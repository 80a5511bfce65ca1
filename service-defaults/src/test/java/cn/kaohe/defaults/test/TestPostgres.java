package cn.kaohe.defaults.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM: a Testcontainers container when Docker is available, the
 * embedded binaries otherwise. It holds the three service databases.
 */
public final class TestPostgres {

    public static final List<String> DATABASES = List.of("indicators", "scoring", "evaluations");
    private static final String USER = "kaohe";
    private static final String PASSWORD = "kaohe";

    private static TestPostgres instance;

    private final PostgreSQLContainer container;
    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres embedded;

    private TestPostgres(PostgreSQLContainer container, EmbeddedPostgres embedded, Path dataDirectory, int port) {
        this.container = container;
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start();
            instance.createDatabases();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-postgres-stop"));
        }
        return instance;
    }

    private static TestPostgres start() {
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                    .withUsername(USER).withPassword(PASSWORD).withDatabaseName("postgres");
            container.start();
            return new TestPostgres(container, null, null, container.getMappedPort(5432));
        }
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            Path data = Files.createTempDirectory("kaohe-pg-");
            EmbeddedPostgres embedded = embeddedOn(data, 0);
            return new TestPostgres(null, embedded, data, embedded.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static EmbeddedPostgres embeddedOn(Path data, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    public boolean isEmbedded() {
        return container == null;
    }

    public String host() {
        return container == null ? "localhost" : container.getHost();
    }

    public int port() {
        return port;
    }

    /** The embedded server's superuser is {@code postgres} with trust authentication. */
    public String username() {
        return container == null ? "postgres" : USER;
    }

    public String password() {
        return PASSWORD;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), username(), password());
    }

    /** The single number {@code sql} answers (a count, a sum) in {@code database}, with its parameters bound in order. */
    public long number(String database, String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(database); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Stops and starts the server on the same port and data, as an operator's restart would. */
    public synchronized void restart() {
        if (!isEmbedded()) {
            throw new UnsupportedOperationException("restart is exercised with the embedded server");
        }
        try {
            embedded.close();
            embedded = embeddedOn(dataDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (as an outage); {@link #startAgain()} brings it back. */
    public synchronized void stopForOutage() {
        try {
            embedded.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void startAgain() {
        try {
            embedded = embeddedOn(dataDirectory, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createDatabases() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String database : DATABASES) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test databases", e);
        }
    }

    private void stop() {
        try {
            if (container != null) {
                container.stop();
            } else {
                embedded.close();
                deleteRecursively(dataDirectory);
            }
        } catch (IOException | RuntimeException ignored) {
            // The JVM is going away; a leftover directory under target/ is harmless.
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
