package cn.kaohe.indicators.rulebook;

/** Where a node's points in the indicator tree come from, or why it has none. */
public enum PointsSource {
    /** The latest rulebook of the cycle lists the indicator. */
    RULEBOOK,
    /** A section or parent indicator: the sum of its children's points. */
    SUM_OF_CHILDREN,
    /** The rulebook does not list this indicator (nor any node below it). */
    NOT_IN_RULEBOOK,
    /** The scoring service has no rulebook for the cycle yet. */
    NO_RULEBOOK,
    /** The scoring service did not answer in time (or its breaker is open); try again later. */
    SCORING_UNAVAILABLE
}
