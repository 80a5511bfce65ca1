package cn.kaohe.indicators.spreadsheets;

import java.util.Map;

/** Display names for codes in an export: units, the cycle's indicators (with units of measure) and key projects. */
record Names(Map<String, String> units, Map<String, String[]> indicators, Map<String, String> projects) {

    String unit(String code) {
        return units.get(code);
    }

    String indicator(String code) {
        String[] named = indicators.get(code);
        return named == null ? null : named[0];
    }

    String project(String code) {
        return projects.get(code);
    }

    String unitOfMeasure(String code) {
        String[] named = indicators.get(code);
        return named == null ? null : named[1];
    }
}
