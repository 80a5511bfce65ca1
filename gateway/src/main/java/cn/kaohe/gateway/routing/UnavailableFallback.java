package cn.kaohe.gateway.routing;

import cn.kaohe.defaults.problems.ProblemException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Where an open circuit or an unreachable service lands: a 503 problem naming the service. */
@Hidden
@RestController
class UnavailableFallback {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service) {
        return Mono.error(ProblemException.unavailable(
                "服务 " + service + " 暂不可用,请稍后重试 / the " + service + " service is unavailable; retry later"));
    }
}
