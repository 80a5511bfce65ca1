package cn.kaohe.defaults.config;

import java.io.IOException;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * Adds the shared defaults (management endpoints, probes, graceful shutdown, database pool) as the
 * lowest-precedence properties: a service's own application.yml, environment variables and
 * command-line arguments all override them.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        add(environment, "kaohe-defaults.properties");
        if (ClassUtils.isPresent("io.r2dbc.spi.ConnectionFactory", getClass().getClassLoader())
                && ClassUtils.isPresent("org.flywaydb.core.Flyway", getClass().getClassLoader())) {
            add(environment, "kaohe-database-defaults.properties");
        }
    }

    private static void add(ConfigurableEnvironment environment, String name) {
        Properties properties = new Properties();
        try (var in = new ClassPathResource(name).getInputStream()) {
            properties.load(in);
        } catch (IOException missing) {
            throw new IllegalStateException("service defaults file missing: " + name, missing);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource("kaohe:" + name, properties));
    }
}
