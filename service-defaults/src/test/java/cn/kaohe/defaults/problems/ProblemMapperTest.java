package cn.kaohe.defaults.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

class ProblemMapperTest {

    private static ProblemMapper.Problem map(Throwable failure) {
        return ProblemMapper.map(failure, Locale.ENGLISH);
    }

    @Test
    void valueTheDatabaseRefusesIsUnprocessableNotAServerFault() {
        ProblemMapper.Problem problem = map(new DataIntegrityViolationException("value too long for type varchar(32)"));
        assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problem.detail()).doesNotContain("varchar");
    }

    @Test
    void dataExceptionFromTheDriverIsUnprocessable() {
        var tooLong = new io.r2dbc.spi.R2dbcBadGrammarException("value too long", "22001");
        assertThat(map(new org.springframework.r2dbc.BadSqlGrammarException("insert", "INSERT ...", tooLong)).status())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void realSqlMistakeStaysAServerFault() {
        var syntax = new io.r2dbc.spi.R2dbcBadGrammarException("syntax error", "42601");
        assertThat(map(new org.springframework.r2dbc.BadSqlGrammarException("select", "SELEC", syntax)).status())
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void duplicateKeyIsConflict() {
        assertThat(map(new DuplicateKeyException("dup")).status()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void unreachableDatabaseIsServiceUnavailable() {
        assertThat(map(new DataAccessResourceFailureException("down", new ConnectException("refused"))).status())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutDetail() {
        ProblemMapper.Problem problem = map(new IllegalStateException("secret SQL here"));
        assertThat(problem.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(problem.detail()).isNull();
    }
}
