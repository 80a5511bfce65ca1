package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * TIERS: a piecewise-linear share of the points over completion. Nothing below the first
 * breakpoint, the last share from the last breakpoint on, linear in between.
 *
 * @param breakpoints at least one, completions strictly ascending
 */
public record Tiers(List<Breakpoint> breakpoints) implements IndividualMethod {

    public record Breakpoint(BigDecimal completion, BigDecimal share) {
    }

    public Tiers {
        breakpoints = List.copyOf(breakpoints);
    }

    @Override
    public IndicatorScore score(Measurement m) {
        if (m.actual() == null) {
            return IndicatorScore.notReported();
        }
        Completion completion = Completion.of(m.direction(), m.actual(), m.target());
        return IndicatorScore.earned(earned(m.points(), completion), completion);
    }

    BigDecimal earned(BigDecimal points, Completion completion) {
        if (completion.isBelow(breakpoints.getFirst().completion())) {
            return BigDecimal.ZERO;
        }
        Breakpoint last = breakpoints.getLast();
        if (!completion.isBelow(last.completion())) {
            return points.multiply(last.share());
        }
        // Here c is finite and lies in [c1, cn): find its segment.
        Completion.Finite c = (Completion.Finite) completion;
        for (int i = 1; i < breakpoints.size(); i++) {
            Breakpoint upper = breakpoints.get(i);
            if (c.isBelow(upper.completion())) {
                return interpolatedEarned(points, breakpoints.get(i - 1), upper, c);
            }
        }
        throw new IllegalStateException(c + " lies beyond the last breakpoint");
    }

    /**
     * P × s with s = s₁ + (c − c₁) × (s₂ − s₁) / (c₂ − c₁) and c = n / d, as one exact fraction
     * divided once: P × (s₁ × Δc × d + (n − c₁ × d) × Δs) / (Δc × d).
     */
    private static BigDecimal interpolatedEarned(BigDecimal points, Breakpoint lower, Breakpoint upper,
                                                 Completion.Finite c) {
        BigDecimal completionSpan = upper.completion().subtract(lower.completion());
        BigDecimal shareSpan = upper.share().subtract(lower.share());
        BigDecimal d = c.denominator();
        BigDecimal numerator = lower.share().multiply(completionSpan).multiply(d)
                .add(c.numerator().subtract(lower.completion().multiply(d)).multiply(shareSpan));
        return Decimals.divide(points.multiply(numerator), completionSpan.multiply(d));
    }
}
