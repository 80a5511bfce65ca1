package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.indicators.system.IndicatorDraft;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The indicator sheet once read and checked: the nodes to insert (parents first) and their codes,
 * every code the sheet mentions (so a target on an indicator whose own row was wrong is not reported
 * twice), and the leaves that may carry targets after the import, numbered.
 */
record IndicatorPlan(List<IndicatorDraft> toInsert, Set<String> validCodes, Set<String> codesInSheet,
                     Map<String, Integer> leafIndex) {
}
