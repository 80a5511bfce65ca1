package cn.kaohe.scoring.results;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Test configuration: the worked example stands in for the indicator and evaluation services. */
@TestConfiguration
public class ExampleUpstream {

    @Bean
    @Primary
    public ExampleFactsSource exampleFacts() {
        return new ExampleFactsSource();
    }
}
