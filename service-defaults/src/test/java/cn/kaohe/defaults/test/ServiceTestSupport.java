package cn.kaohe.defaults.test;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a service under test at the shared test PostgreSQL and Keycloak. */
public final class ServiceTestSupport {

    private ServiceTestSupport() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        TestPostgres postgres = TestPostgres.get();
        TestKeycloak keycloak = TestKeycloak.get();
        registry.add("kaohe.db.host", postgres::host);
        registry.add("kaohe.db.port", postgres::port);
        registry.add("kaohe.db.username", postgres::username);
        registry.add("kaohe.db.password", postgres::password);
        registry.add("kaohe.auth.issuer-uri", keycloak::issuerUri);
    }
}
