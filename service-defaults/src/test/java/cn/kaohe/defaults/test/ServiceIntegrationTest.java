package cn.kaohe.defaults.test;

import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of a service's integration tests: the real service on a random port, real PostgreSQL,
 * real Keycloak tokens, real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void kaoheInfrastructure(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
    }

    protected WebTestClient anonymous() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** A client carrying the token Keycloak issues to the demo user of that name. */
    protected WebTestClient as(String username) {
        return withToken(TestKeycloak.get().userToken(username));
    }

    protected WebTestClient asIntegrator() {
        return withToken(TestKeycloak.get().integratorToken());
    }

    protected WebTestClient withToken(String token) {
        return anonymous().mutate()
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .build();
    }
}
