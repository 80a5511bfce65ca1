package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.defaults.exports.ExportTable;
import cn.kaohe.indicators.projects.ProjectWarning;
import cn.kaohe.indicators.schedule.Colour;
import cn.kaohe.indicators.schedule.ScheduleLine;
import cn.kaohe.indicators.warnings.Warning;
import cn.kaohe.indicators.warnings.WarningStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The columns of the exported tables: the time schedule (序时进度表) and the warnings (预警表). */
final class ExportSheets {

    /** One line of the warnings table: an indicator warning or a key project's "due but not started". */
    record WarningRow(String kind, String unit, String subject, String colour, BigDecimal gap,
                      Integer monthsLate, String period, WarningStatus status, String measures, String acknowledgedBy,
                      OffsetDateTime acknowledgedAt, String escalatedPeriod, String closedPeriod, boolean recovered,
                      List<String> recipients) {

        boolean isProject() {
            return monthsLate != null;
        }

        static WarningRow of(Warning warning) {
            return new WarningRow("指标 INDICATOR", warning.unit(), warning.indicator(), warning.colour(),
                    warning.gap(), null, warning.period(), warning.status(), warning.measures(), warning.acknowledgedBy(),
                    warning.acknowledgedAt(), warning.escalatedPeriod(), warning.closedPeriod(), warning.recovered(),
                    warning.recipients());
        }

        static WarningRow of(ProjectWarning warning) {
            return new WarningRow("重点项目 PROJECT", warning.unit(), warning.project(), warning.colour(), null,
                    warning.monthsLate(), warning.period(), warning.status(), warning.measures(),
                    warning.acknowledgedBy(), warning.acknowledgedAt(), warning.escalatedPeriod(), warning.closedPeriod(),
                    warning.recovered(), List.of(warning.unit()));
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private ExportSheets() {
    }

    static ExportTable<ScheduleLine> schedule(Names names) {
        return ExportTable.<ScheduleLine>sheet("序时进度表")
                .column("单位代码 Unit", ScheduleLine::unit)
                .column("单位名称 Unit name", line -> names.unit(line.unit()))
                .column("指标代码 Indicator", ScheduleLine::indicator)
                .column("指标名称 Indicator name", line -> names.indicator(line.indicator()))
                .column("计量单位 Unit of measure", line -> names.unitOfMeasure(line.indicator()))
                .column("年度目标 Target", ScheduleLine::target)
                .column("累计完成 Actual", ScheduleLine::actual)
                .column("数据期间 Data period", ScheduleLine::actualPeriod)
                .column("完成率 Completion", ScheduleLine::completion, "0.00%")
                .column("时间进度 Time progress", ScheduleLine::timeProgress, "0.00%")
                .column("差距(百分点) Gap (points)", ScheduleLine::gap)
                .column("颜色 Colour", line -> colour(line.colour() == null ? null : line.colour().name()))
                .column("责任单位 Responsible unit", ScheduleLine::responsibleUnit)
                .column("协办单位 Co-units", line -> String.join("、", line.coUnits() == null ? List.of() : line.coUnits()))
                .build();
    }

    static ExportTable<WarningRow> warnings(Names names) {
        return ExportTable.<WarningRow>sheet("预警表")
                .column("类型 Kind", WarningRow::kind)
                .column("单位代码 Unit", WarningRow::unit)
                .column("单位名称 Unit name", row -> names.unit(row.unit()))
                .column("指标或项目 Indicator or project", WarningRow::subject)
                .column("名称 Name", row -> row.isProject() ? names.project(row.subject()) : names.indicator(row.subject()))
                .column("颜色 Colour", row -> colour(row.colour()))
                .column("差距(百分点) Gap (points)", WarningRow::gap)
                .column("逾期月数 Months late", WarningRow::monthsLate)
                .column("发出期间 Period", WarningRow::period)
                .column("状态 Status", row -> status(row.status()))
                .column("整改措施 Measures", WarningRow::measures)
                .column("反馈人 Acknowledged by", WarningRow::acknowledgedBy)
                .column("反馈时间 Acknowledged at", row -> row.acknowledgedAt() == null ? null
                        : TIME.format(row.acknowledgedAt()))
                .column("转红期间 Escalated", WarningRow::escalatedPeriod)
                .column("销号期间 Closed", WarningRow::closedPeriod)
                .column("红转绿 Recovered", row -> row.recovered() ? "是 yes" : "否 no")
                .column("发送单位 Recipients", row -> String.join("、", row.recipients()))
                .build();
    }

    static String colour(String colour) {
        if (colour == null) {
            return null;
        }
        return switch (Colour.valueOf(colour)) {
            case GREEN -> "绿 GREEN";
            case YELLOW -> "黄 YELLOW";
            case RED -> "红 RED";
        };
    }

    static String status(WarningStatus status) {
        return switch (status) {
            case ISSUED -> "已发出 ISSUED";
            case ACKNOWLEDGED -> "已反馈整改 ACKNOWLEDGED";
            case CLOSED -> "已销号 CLOSED";
        };
    }
}
