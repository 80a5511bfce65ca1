package cn.kaohe.defaults.security;

import cn.kaohe.defaults.problems.Languages;
import cn.kaohe.defaults.problems.ProblemMapper;
import cn.kaohe.defaults.problems.ProblemWriter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Every service (and the gateway) is an OAuth2 resource server validating Keycloak JWTs. Health,
 * metrics and the OpenAPI documents are open; anything under {@code kaohe.security.public-paths}
 * too; everything else needs a token, and method rules ({@code @PreAuthorize}) decide roles.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class SecurityDefaults {

    static final List<String> ALWAYS_PUBLIC = List.of(
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/api/*/v3/api-docs", "/api/*/v3/api-docs/**");

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain kaoheSecurity(ServerHttpSecurity http, ProblemWriter problems,
                                         @Value("${kaohe.security.public-paths:}") List<String> publicPaths,
                                         ObjectProvider<CorsConfigurationSource> cors) {
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        publicPaths.stream().filter(path -> !path.isBlank()).forEach(open::add);
        JwtAuthenticationConverter jwtConverter = new JwtAuthenticationConverter();
        jwtConverter.setJwtGrantedAuthoritiesConverter(new RealmRoleAuthoritiesConverter());
        jwtConverter.setPrincipalClaimName("preferred_username");
        CorsConfigurationSource corsSource = cors.getIfAvailable();
        if (corsSource != null) {
            http.cors(spec -> spec.configurationSource(corsSource));
        } else {
            http.cors(ServerHttpSecurity.CorsSpec::disable);
        }
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .pathMatchers(open.toArray(String[]::new)).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(jwtConverter)))
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(denied(problems)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(denied(problems)))
                .build();
    }

    private static ServerAuthenticationEntryPoint unauthenticated(ProblemWriter problems) {
        return (exchange, failure) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer realm=\"kaohe\"");
            return problems.write(exchange, ProblemMapper.map(failure, Languages.preferred(exchange.getRequest())));
        };
    }

    private static ServerAccessDeniedHandler denied(ProblemWriter problems) {
        return (exchange, failure) -> problems.write(exchange,
                ProblemMapper.map(failure, Languages.preferred(exchange.getRequest())));
    }
}
