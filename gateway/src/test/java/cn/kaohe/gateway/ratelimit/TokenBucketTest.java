package cn.kaohe.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstIsServedAtOnceThenRefused() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(0)).isFalse();
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(1, 2, 0);
        assertThat(bucket.tryTake(0)).isTrue();
        assertThat(bucket.tryTake(SECOND / 4)).isFalse();
        assertThat(bucket.tryTake(SECOND / 2)).isTrue();
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        TokenBucket bucket = new TokenBucket(1, 0.1, 0);
        bucket.tryTake(0);
        assertThat(bucket.secondsUntilNext(0)).isEqualTo(10);
        assertThat(bucket.secondsUntilNext(9 * SECOND + 1)).isEqualTo(1);
    }

    @Test
    void refillNeverExceedsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 100, 0);
        assertThat(bucket.isFull(1000 * SECOND)).isTrue();
        assertThat(bucket.tryTake(1000 * SECOND)).isTrue();
        assertThat(bucket.tryTake(1000 * SECOND)).isTrue();
        assertThat(bucket.tryTake(1000 * SECOND)).isFalse();
    }
}
