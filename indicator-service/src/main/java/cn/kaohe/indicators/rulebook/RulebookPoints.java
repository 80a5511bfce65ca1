package cn.kaohe.indicators.rulebook;

import java.util.Map;

/**
 * What the indicator tree shows of the cycle's latest rulebook: each listed indicator's scoring,
 * read from the scoring service on every request (never stored here).
 *
 * @param status  RULEBOOK when read; NO_RULEBOOK or SCORING_UNAVAILABLE when not (then {@code byCode} is empty)
 * @param version the rulebook version read, null when none
 */
public record RulebookPoints(PointsSource status, Integer version, Map<String, IndicatorScoring> byCode) {

    public static RulebookPoints missing(PointsSource why) {
        return new RulebookPoints(why, null, Map.of());
    }

    public boolean isRead() {
        return status == PointsSource.RULEBOOK;
    }
}
