package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;

/** A question's 满意率 and average points (over answers carrying points), with the counts behind them. */
public record QuestionRate(String question, String text, BigDecimal satisfactionRate, BigDecimal averagePoints,
                           int pointedAnswers, int satisfiedAnswers, int unknownAnswers) {

    static QuestionRate of(String question, String text, AnswerTally tally) {
        return new QuestionRate(question, text, Decimals.reportedRate(tally.satisfactionRate()),
                Decimals.reportedScore(tally.averagePoints()), tally.pointed(), tally.satisfied(), tally.unknown());
    }
}
