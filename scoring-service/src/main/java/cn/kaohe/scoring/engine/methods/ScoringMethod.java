package cn.kaohe.scoring.engine.methods;

/**
 * A scoring method, with the contract's defaults applied. Most methods score each unit on its own
 * ({@link IndividualMethod}); {@link Rank} needs the unit's whole peer group.
 */
public sealed interface ScoringMethod permits IndividualMethod, Rank {
}
