package cn.kaohe.defaults.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemTitlesTest {

    @Test
    void aFeaturesOwnProblemTypeTakesTheTitleOfItsStatus() {
        assertThat(ProblemTitles.title("invitation-expired", HttpStatus.GONE, Locale.SIMPLIFIED_CHINESE)).isEqualTo("已失效");
        assertThat(ProblemTitles.title("already-answered", HttpStatus.CONFLICT, Locale.ENGLISH)).isEqualTo("Conflict");
        assertThat(ProblemTitles.title("invitation-invalid", HttpStatus.NOT_FOUND, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("资源不存在");
    }

    @Test
    void aKnownTypeKeepsItsOwnTitle() {
        assertThat(ProblemTitles.title("validation-failed", HttpStatus.UNPROCESSABLE_CONTENT, Locale.ENGLISH))
                .isEqualTo("Validation failed");
    }
}
