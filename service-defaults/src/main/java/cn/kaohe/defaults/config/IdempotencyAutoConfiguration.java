package cn.kaohe.defaults.config;

import cn.kaohe.defaults.idempotency.Idempotency;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency-Key support for the services that keep a database (not the gateway). */
@AutoConfiguration(afterName = {
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
        "org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration",
        "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnClass(DatabaseClient.class)
public class IdempotencyAutoConfiguration {

    @Bean
    @ConditionalOnBean({DatabaseClient.class, ReactiveTransactionManager.class})
    Idempotency idempotency(DatabaseClient db, ReactiveTransactionManager transactions, JsonMapper json) {
        return new Idempotency(db, TransactionalOperator.create(transactions), json);
    }
}
