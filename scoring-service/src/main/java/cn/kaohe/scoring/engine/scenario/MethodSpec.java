package cn.kaohe.scoring.engine.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The scoring method of an indicator, as one flat record so that it binds straight from JSON.
 * Only the fields of its {@link #type()} may be set (the validator rejects the others, so that a
 * field meant for another method never passes silently). Defaults are applied when the method is
 * built for scoring, not here, so that "absent" stays visible to the validator.
 */
public record MethodSpec(
        MethodType type,
        BigDecimal cap,
        BigDecimal floor,
        BigDecimal baseShare,
        BigDecimal stepPoints,
        BigDecimal capShare,
        List<List<BigDecimal>> breakpoints,
        BigDecimal deductionPerUnit,
        Map<String, BigDecimal> levels,
        RankMode mode,
        List<BigDecimal> table,
        BigDecimal rest,
        BigDecimal step,
        PeerGroup peerGroup) {

    public MethodSpec {
        breakpoints = Lists.copyOrNull(breakpoints);
        levels = Lists.copyOrNull(levels);
        table = Lists.copyOrNull(table);
    }
}
