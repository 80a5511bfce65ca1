package cn.kaohe.indicators.spreadsheets;

/** What an import stored, all in one transaction. */
record ImportSummary(String cycle, String file, long indicators, long targets) {
}
