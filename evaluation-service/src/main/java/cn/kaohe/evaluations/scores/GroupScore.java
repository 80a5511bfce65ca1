package cn.kaohe.evaluations.scores;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group's part in a unit's social score. {@code qualified}: it reached its minimum of valid
 * responses and counts; {@code trimmed}: the single highest and lowest response were dropped;
 * {@code flaggedResponses}: counted responses that a public link flagged as suspicious (the office
 * may exclude them).
 */
public record GroupScore(String group, String name, BigDecimal weight, int validResponses, int minimumResponses,
                         boolean qualified, boolean trimmed, BigDecimal score, BigDecimal satisfactionRate,
                         int responsesWithoutScore, int excludedResponses, int flaggedResponses,
                         List<QuestionRate> questions) {
}
