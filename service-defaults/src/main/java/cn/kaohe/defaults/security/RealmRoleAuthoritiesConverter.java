package cn.kaohe.defaults.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Keycloak puts realm roles in {@code realm_access.roles}; Spring wants {@code ROLE_x} authorities. */
public final class RealmRoleAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : realmRoles(jwt)) {
            authorities.add(new SimpleGrantedAuthority(Roles.PREFIX + role));
        }
        return authorities;
    }

    static List<String> realmRoles(Jwt jwt) {
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            List<String> names = new ArrayList<>();
            for (Object role : roles) {
                names.add(String.valueOf(role));
            }
            return names;
        }
        return List.of();
    }
}
