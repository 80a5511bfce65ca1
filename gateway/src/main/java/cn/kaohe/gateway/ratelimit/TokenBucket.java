package cn.kaohe.gateway.ratelimit;

/**
 * A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}. Pure and
 * clock-injected so the rule is testable without waiting.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastRefill = now;
    }

    synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Seconds until one token is back, rounded up, for Retry-After. */
    synchronized long secondsUntilNext(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano / 1_000_000_000d);
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            lastRefill = now;
        }
    }
}
