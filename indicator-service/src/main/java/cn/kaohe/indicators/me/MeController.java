package cn.kaohe.indicators.me;

import cn.kaohe.defaults.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Who the token says the caller is: what the web app shows in its header and uses to scope views. */
@RestController
@Tag(name = "me", description = "当前用户 The calling user")
class MeController {

    record Me(String username, List<String> roles, String unit, boolean unitScoped) {
    }

    @GetMapping("/api/indicators/v1/me")
    @Operation(summary = "当前用户 Who am I", description = "Roles: any authenticated user. Reads only the token.")
    Mono<Me> me(Caller caller) {
        return Mono.just(new Me(caller.username(), caller.roles().stream().sorted().toList(), caller.unit(),
                caller.isUnitScoped()));
    }
}
