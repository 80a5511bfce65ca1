package cn.kaohe.scoring.exports;

import cn.kaohe.defaults.exports.ExportFormat;
import cn.kaohe.defaults.exports.ExportTable;
import cn.kaohe.scoring.engine.scenario.Grade;
import cn.kaohe.scoring.results.UnitStanding;
import java.io.OutputStream;

/**
 * The 公示 table of a result version, written row by row to a stream (the shared {@link ExportTable}):
 * the rows come from an iterator that reads the database as it goes, so no table is held in memory.
 */
public final class PublicityTable {

    static final ExportTable<UnitStanding> TABLE = ExportTable.<UnitStanding>sheet("公示表")
            .column("排名 Rank", UnitStanding::rankOverall)
            .column("单位代码 Unit", UnitStanding::unit)
            .column("单位名称 Name", UnitStanding::name)
            .column("分类 Category", UnitStanding::category)
            .column("目标任务得分 Target score", UnitStanding::targetScore)
            .column("社会评价得分 Social score", UnitStanding::socialScore)
            .column("加分 Bonus", UnitStanding::bonus)
            .column("扣分 Deduction", UnitStanding::deduction)
            .column("最终得分 Final score", UnitStanding::finalScore)
            .column("等次 Grade", unit -> gradeLabel(unit.grade()))
            .build();

    private PublicityTable() {
    }

    public static void write(ExportFormat format, String title, Iterable<UnitStanding> rows, OutputStream out) {
        TABLE.write(format, title, rows, out);
    }

    static String gradeLabel(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case AVERAGE -> "一般";
            case POOR -> "较差";
        };
    }
}
