package cn.kaohe.scoring.engine.methods;

import cn.kaohe.scoring.engine.math.Decimals;
import cn.kaohe.scoring.engine.scenario.MethodSpec;
import cn.kaohe.scoring.engine.scenario.PeerGroup;
import java.math.BigDecimal;
import java.util.List;

/** Builds the scoring method of a validated {@link MethodSpec}, applying the contract's defaults. */
public final class ScoringMethods {
    private static final BigDecimal DEFAULT_CAP = BigDecimal.ONE;
    private static final BigDecimal DEFAULT_FLOOR = BigDecimal.ZERO;
    private static final BigDecimal DEFAULT_CAP_SHARE = BigDecimal.ONE;
    private static final BigDecimal DEFAULT_REST = BigDecimal.ZERO;

    private ScoringMethods() {
    }

    public static ScoringMethod from(MethodSpec spec) {
        return switch (spec.type()) {
            case COMPLETION_RATIO -> new CompletionRatio(
                    Decimals.orDefault(spec.cap(), DEFAULT_CAP),
                    Decimals.orDefault(spec.floor(), DEFAULT_FLOOR));
            case BASE_PLUS_STEP -> new BasePlusStep(
                    spec.baseShare(),
                    spec.stepPoints(),
                    Decimals.orDefault(spec.capShare(), DEFAULT_CAP_SHARE));
            case TIERS -> new Tiers(breakpoints(spec.breakpoints()));
            case THRESHOLD -> new Threshold(spec.deductionPerUnit());
            case QUALITATIVE -> new Qualitative(spec.levels());
            case RANK -> new Rank(spec.peerGroup() == null ? PeerGroup.ALL : spec.peerGroup(), award(spec));
        };
    }

    private static RankAward award(MethodSpec spec) {
        return switch (spec.mode()) {
            case TABLE -> new RankTable(spec.table(), Decimals.orDefault(spec.rest(), DEFAULT_REST));
            case STEP -> new RankStep(spec.step());
            case PROPORTIONAL -> new RankProportional();
        };
    }

    private static List<Tiers.Breakpoint> breakpoints(List<List<BigDecimal>> pairs) {
        return pairs.stream().map(pair -> new Tiers.Breakpoint(pair.get(0), pair.get(1))).toList();
    }
}
