package cn.kaohe.defaults.security;

import java.util.HashSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/** Reads the {@link Caller} from the reactive security context. */
public final class Callers {

    private Callers() {
    }

    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .map(Callers::from);
    }

    public static Caller from(Authentication authentication) {
        HashSet<String> roles = new HashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(Roles.PREFIX)) {
                roles.add(name.substring(Roles.PREFIX.length()));
            }
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            String username = jwt.getClaimAsString("preferred_username");
            return new Caller(jwt.getSubject(), username == null ? jwt.getSubject() : username, roles,
                    jwt.getClaimAsString("unit"));
        }
        return new Caller(authentication.getName(), authentication.getName(), roles, null);
    }
}
