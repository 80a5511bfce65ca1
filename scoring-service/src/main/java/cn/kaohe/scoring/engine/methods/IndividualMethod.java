package cn.kaohe.scoring.engine.methods;

/** A method that scores a unit from its own measurement alone. */
public sealed interface IndividualMethod extends ScoringMethod
        permits CompletionRatio, BasePlusStep, Tiers, Threshold, Qualitative {

    IndicatorScore score(Measurement measurement);
}
