package cn.kaohe.defaults.config;

import cn.kaohe.defaults.json.JsonDefaults;
import cn.kaohe.defaults.problems.ProblemWebExceptionHandler;
import cn.kaohe.defaults.problems.ProblemWriter;
import cn.kaohe.defaults.requestid.MdcContextPropagation;
import cn.kaohe.defaults.requestid.RequestIdWebFilter;
import cn.kaohe.defaults.security.CallerArgumentResolver;
import cn.kaohe.defaults.security.SecurityDefaults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;
import tools.jackson.databind.json.JsonMapper;

/** Security, problem details, request ids and JSON defaults for every Kaohe service. */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@Import(SecurityDefaults.class)
public class ServiceDefaultsAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer kaoheJsonDefaults() {
        return JsonDefaults.customizer();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(JsonMapper jsonMapper) {
        return new ProblemWriter(jsonMapper);
    }

    @Bean
    ProblemWebExceptionHandler problemWebExceptionHandler(ProblemWriter writer) {
        return new ProblemWebExceptionHandler(writer);
    }

    @Bean
    RequestIdWebFilter requestIdWebFilter(@Value("${kaohe.logging.request-id-in-mdc:false}") boolean mdc) {
        if (mdc) {
            MdcContextPropagation.install();
        }
        return new RequestIdWebFilter();
    }

    @Bean
    WebFluxConfigurer callerArgument() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallerArgumentResolver());
            }
        };
    }
}
