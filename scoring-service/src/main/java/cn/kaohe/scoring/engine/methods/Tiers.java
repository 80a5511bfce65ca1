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
            return IndicatorScore.missing();
        }
        Completion completion = Completion.of(m.direction(), m.actual(), m.target());
        return IndicatorScore.earned(m.points().multiply(share(completion)), completion);
    }

    BigDecimal share(Completion completion) {
        if (completion.isBelow(breakpoints.getFirst().completion())) {
            return BigDecimal.ZERO;
        }
        Breakpoint last = breakpoints.getLast();
        if (!completion.isBelow(last.completion())) {
            return last.share();
        }
        // Here c is finite and lies in [c1, cn): find its segment.
        BigDecimal c = ((Completion.Finite) completion).value();
        for (int i = 1; i < breakpoints.size(); i++) {
            Breakpoint upper = breakpoints.get(i);
            if (c.compareTo(upper.completion()) < 0) {
                return interpolate(breakpoints.get(i - 1), upper, c);
            }
        }
        throw new IllegalStateException("completion " + c + " lies beyond the last breakpoint");
    }

    private static BigDecimal interpolate(Breakpoint lower, Breakpoint upper, BigDecimal c) {
        BigDecimal slope = Decimals.divide(
                upper.share().subtract(lower.share()),
                upper.completion().subtract(lower.completion()));
        return lower.share().add(c.subtract(lower.completion()).multiply(slope));
    }
}
