import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo county (演示数据): the city of the seeds assessing twelve counties and districts in three
 * categories, with the indicator system, signed target letters and ten months of approved progress
 * in which some units lag, then the monthly warning rounds and the office's facts (a commendation, a
 * criticism, a veto). Everything goes through the public API
 * as the office would send it. Compiled and run by seeds/load with the JDK, so it needs no tool
 * beyond the JDK; the numbers come from fixed formulas, so every machine gets the same county.
 *
 * Usage: seeds/load (compiles seeds/Demo*.java and runs DemoCounty GATEWAY_URL ISSUER_URL)
 */
public class DemoCounty {

    static final String CYCLE = "2024";
    static final int MONTHS_REPORTED = 10;

    record UnitSeed(String code, String name, String category, double size) {}

    record IndicatorSeed(String code, String section, String name, String unitOfMeasure, String lead,
                         boolean lowerBetter, boolean qualitative, double perSize, String schedule) {}

    static final List<UnitSeed> UNITS = List.of(
            new UnitSeed("NINGSHAN", "宁陕县", "ECO", 0.45),
            new UnitSeed("ZIYANG", "紫阳县", "ECO", 0.85),
            new UnitSeed("LANGAO", "岚皋县", "ECO", 0.6),
            new UnitSeed("ZHENPING", "镇坪县", "ECO", 0.35),
            new UnitSeed("PINGLI", "平利县", "ECO", 0.9),
            new UnitSeed("HANYIN", "汉阴县", "KEY_DEV", 1.1),
            new UnitSeed("SHIQUAN", "石泉县", "KEY_DEV", 0.95),
            new UnitSeed("XUNYANG", "旬阳市", "KEY_DEV", 1.6),
            new UnitSeed("BAIHE", "白河县", "KEY_DEV", 0.75),
            new UnitSeed("HANBIN", "汉滨区", "URBAN", 2.4),
            new UnitSeed("GAOXIN", "高新区", "URBAN", 1.3),
            new UnitSeed("HENGKOU", "恒口示范区", "URBAN", 0.7));

    /** Lead departments (牵头部门): units of kind DEPARTMENT that verify their indicators' reports. */
    static final Map<String, String> DEPARTMENTS = Map.of(
            "TJJ", "市统计局", "FGW", "市发展和改革委员会", "CZJ", "市财政局", "SWJ", "市商务局",
            "NYJ", "市农业农村局", "YJJ", "市应急管理局", "XFJ", "市信访局", "ZFW", "市委政法委",
            "ZZB", "市委组织部");

    static final String SEASONAL = "[0.03,0.06,0.1,0.16,0.25,0.4,0.5,0.6,0.74,0.87,0.95,1]";

    static final List<IndicatorSeed> INDICATORS = List.of(
            new IndicatorSeed("GDP", "ECON", "地区生产总值", "亿元", "TJJ", false, false, 150, null),
            new IndicatorSeed("FAI", "ECON", "固定资产投资", "亿元", "FGW", false, false, 120, null),
            new IndicatorSeed("IND", "ECON", "规模以上工业增加值", "亿元", "TJJ", false, false, 55, null),
            new IndicatorSeed("RETAIL", "ECON", "社会消费品零售总额", "亿元", "SWJ", false, false, 48, null),
            new IndicatorSeed("SERVICE", "ECON", "服务业增加值", "亿元", "TJJ", false, false, 62, null),
            new IndicatorSeed("AGRI", "ECON", "农业增加值", "亿元", "NYJ", false, false, 21, SEASONAL),
            new IndicatorSeed("FISCAL", "ECON", "财政收入", "亿元", "CZJ", false, false, 9.5, null),
            new IndicatorSeed("DOMESTIC_CAPITAL", "ECON", "引进内资", "亿元", "SWJ", false, false, 70, null),
            new IndicatorSeed("FOREIGN_CAPITAL", "ECON", "外资", "万美元", "SWJ", false, false, 900, null),
            new IndicatorSeed("KEY_PROJECTS", "ECON", "重点项目投资完成", "亿元", "FGW", false, false, 85, null),
            new IndicatorSeed("URBAN_INCOME", "LIVELIHOOD", "城镇居民可支配收入", "元", "TJJ", false, false, 0, null),
            new IndicatorSeed("SAFETY_PROD", "COMMON", "安全生产(事故起数控制线)", "起", "YJJ", true, false, 0, null),
            new IndicatorSeed("PETITION", "COMMON", "信访(批次控制线)", "批次", "XFJ", true, false, 0, null),
            new IndicatorSeed("STABILITY", "COMMON", "社会稳定", null, "ZFW", false, true, 0, null),
            new IndicatorSeed("PARTY", "PARTY_BUILDING", "党的建设", null, "ZZB", false, true, 0, null));

    /**
     * 重点项目, one per unit: planned investment (万元), planned start month, the month it started (0: not
     * started) and the investment it completes each month from then to October. 镇坪's expressway link,
     * due in May, has not started: the rounds warn it yellow in May and red from August.
     */
    record ProjectSeed(String unit, String code, String name, int planned, int plannedStart, int actualStart,
                       int monthly) {}

    static final List<ProjectSeed> PROJECTS = List.of(
            new ProjectSeed("NINGSHAN", "NS-TOURISM", "宁陕旅游集散中心", 6000, 2, 2, 420),
            new ProjectSeed("ZIYANG", "ZY-TEA", "紫阳富硒茶产业园", 8000, 1, 1, 700),
            new ProjectSeed("LANGAO", "LG-ROAD", "岚皋县城至南宫山公路", 9000, 3, 3, 650),
            new ProjectSeed("ZHENPING", "ZP-EXPRESSWAY", "镇坪高速公路连接线", 15000, 5, 0, 0),
            new ProjectSeed("PINGLI", "PL-HOSPITAL", "平利县医院新院区", 7000, 2, 2, 560),
            new ProjectSeed("HANYIN", "HY-PARK", "汉阴县产业园标准化厂房", 12000, 3, 3, 1200),
            new ProjectSeed("SHIQUAN", "SQ-SILK", "石泉蚕桑丝绸产业园", 6500, 1, 1, 500),
            new ProjectSeed("XUNYANG", "XY-LOGISTICS", "旬阳现代物流园", 18000, 2, 2, 1500),
            new ProjectSeed("BAIHE", "BH-WATER", "白河城区供水工程", 5000, 4, 4, 380),
            new ProjectSeed("HANBIN", "HB-RENEWAL", "汉滨老旧小区改造", 20000, 1, 1, 1600),
            new ProjectSeed("GAOXIN", "GX-CHIP", "高新区电子信息产业园", 25000, 2, 2, 2100),
            new ProjectSeed("HENGKOU", "HK-SCHOOL", "恒口示范区九年制学校", 4000, 3, 3, 300));

    static final String[][] SECTIONS = {
            {"ECON", "经济发展"}, {"LIVELIHOOD", "社会民生"}, {"PARTY_BUILDING", "党的建设"}, {"COMMON", "共性指标"}};

    /**
     * How far a unit runs ahead of or behind the schedule on an indicator in a month (1.0 = on it).
     * A few units lag so that the warnings show: 镇坪 stays red on GDP and fiscal revenue, 白河 is
     * yellow on investment, 恒口 falls behind on retail from spring, and 旬阳 is red on key projects
     * in spring but recovers by autumn (a recovered red); 白河 passes its accident control line and
     * 汉滨 nears its petition line.
     */
    static double pace(String unit, String indicator, int month) {
        switch (unit + "/" + indicator) {
            case "ZHENPING/GDP", "ZHENPING/FISCAL": return 0.82;
            case "BAIHE/FAI": return 0.93;
            case "HENGKOU/RETAIL": return month < 4 ? 1.0 : 0.86;
            case "XUNYANG/KEY_PROJECTS": return month < 7 ? 0.6 : 1.04;
            case "LANGAO/IND": return 0.94;
            default:
                int spread = Math.floorMod((unit + indicator).hashCode(), 9);
                return 1.01 + spread * 0.01;
        }
    }

    static double target(UnitSeed unit, IndicatorSeed indicator) {
        return switch (indicator.code()) {
            case "URBAN_INCOME" -> 36000 + unit.size() * 2500;
            case "SAFETY_PROD" -> Math.max(2, Math.round(unit.size() * 4));
            case "PETITION" -> Math.max(3, Math.round(unit.size() * 6));
            default -> round(indicator.perSize() * unit.size(), indicator.code().equals("FOREIGN_CAPITAL") ? 0 : 2);
        };
    }

    /** The cumulative actual reported for a month. Control lines count incidents as they happen. */
    static double actual(UnitSeed unit, IndicatorSeed indicator, int month) {
        double target = target(unit, indicator);
        if (indicator.lowerBetter()) {
            double share = (unit.code().equals("BAIHE") && indicator.code().equals("SAFETY_PROD")) ? 1.6
                    : (unit.code().equals("HANBIN") && indicator.code().equals("PETITION")) ? 1.0 : 0.5;
            return Math.floor(target * share * month / 12.0 + 0.5);
        }
        double expected = indicator.schedule() == null ? month / 12.0 : seasonal(month);
        int decimals = indicator.code().equals("FOREIGN_CAPITAL") || indicator.code().equals("URBAN_INCOME") ? 0 : 2;
        return round(target * expected * pace(unit.code(), indicator.code(), month), decimals);
    }

    static double seasonal(int month) {
        String[] shares = SEASONAL.substring(1, SEASONAL.length() - 1).split(",");
        return Double.parseDouble(shares[month - 1]);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    // ---------------------------------------------------------------------------------------------

    final DemoApi api;

    DemoCounty(DemoApi api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        DemoApi api = new DemoApi(args[0], args[1]);
        new DemoCounty(api).load();
        new DemoSurvey(api).load();
    }

    void load() throws Exception {
        String office = api.token("office");
        for (Map.Entry<String, String> department : DEPARTMENTS.entrySet()) {
            api.expect(office, "POST", "/api/indicators/v1/units", json("code", department.getKey(),
                    "name", department.getValue(), "kind", "DEPARTMENT"), 201, 409);
        }
        for (UnitSeed unit : UNITS) {
            api.expect(office, "POST", "/api/indicators/v1/units",
                    json("code", unit.code(), "name", unit.name(), "kind", "COUNTY"), 201, 409);
        }
        String cycle = "/api/indicators/v1/cycles/" + CYCLE;
        String[][] categories = {{"ECO", "生态发展区"}, {"KEY_DEV", "重点开发区"}, {"URBAN", "城区"}};
        for (String[] category : categories) {
            api.expect(office, "POST", cycle + "/categories", json("code", category[0], "name", category[1]), 201, 409);
        }
        for (UnitSeed unit : UNITS) {
            api.expect(office, "PUT", cycle + "/units/" + unit.code() + "/category",
                    json("category", unit.category()), 200);
        }
        int position = 0;
        for (String[] section : SECTIONS) {
            api.expect(office, "POST", cycle + "/indicators", json("code", section[0], "level", "SECTION",
                    "name", section[1], "position", ++position), 201, 409);
        }
        for (IndicatorSeed indicator : INDICATORS) {
            String body = json("code", indicator.code(), "parent", indicator.section(), "level", "INDICATOR",
                    "name", indicator.name(), "unitOfMeasure", indicator.unitOfMeasure(),
                    "direction", indicator.lowerBetter() ? "LOWER_BETTER" : "HIGHER_BETTER",
                    "leadDepartment", indicator.lead(), "frequency", "MONTHLY", "position", ++position);
            if (indicator.schedule() != null) {
                body = body.substring(0, body.length() - 1) + ",\"schedule\":" + indicator.schedule() + "}";
            }
            api.expect(office, "POST", cycle + "/indicators", body, 201, 409);
        }
        boolean projectsNew = projects(office, cycle);
        String reports = cycle + "/progress-reports";
        boolean reported = !api.call(office, "GET", reports + "?size=1", null).body().contains("\"items\":[]");
        if (reported) {
            if (projectsNew) {
                // Progress loaded by an earlier demo without projects: the latest round (idempotent for the
                // indicator warnings) warns the project that is late.
                api.expect(office, "POST", cycle + "/warnings/rounds", json("period", period(MONTHS_REPORTED)), 200);
            }
            System.out.println("demo county: progress of " + CYCLE + " is already loaded");
            return;
        }
        targetsAndLetters(office, cycle);
        progress(office, reports);
        for (int month = 3; month <= MONTHS_REPORTED; month++) {
            api.expect(office, "POST", cycle + "/warnings/rounds", json("period", period(month)), 200, 201);
        }
        officeFacts(office, cycle);
        System.out.println("demo county: " + UNITS.size() + " units, " + INDICATORS.size() + " indicators, "
                + PROJECTS.size() + " key projects, "
                + MONTHS_REPORTED + " months of approved progress, warning rounds "
                + period(3) + ".." + period(MONTHS_REPORTED));
    }

    /** The key projects with their start, milestones and monthly investment; false when they were there already. */
    boolean projects(String office, String cycle) throws Exception {
        String projects = cycle + "/projects";
        if (!api.call(office, "GET", projects + "?size=1", null).body().contains("\"total\":0")) {
            return false;
        }
        List<Runnable> work = new ArrayList<>();
        for (ProjectSeed project : PROJECTS) {
            work.add(() -> {
                String milestones = "[{\"name\":\"开工\",\"due\":\"" + period(project.plannedStart())
                        + "\"},{\"name\":\"主体完工\",\"due\":\"" + period(9) + "\"}]";
                String body = json("code", project.code(), "unit", project.unit(), "name", project.name(),
                        "plannedInvestment", project.planned(), "plannedStart", period(project.plannedStart()));
                api.expect(office, "POST", projects, body.substring(0, body.length() - 1) + ",\"milestones\":"
                        + milestones + "}", 201, 409);
                if (project.actualStart() == 0) {
                    return;
                }
                // 岚皋's road is behind: its main works (due in September) are not done by October.
                String done = project.code().equals("LG-ROAD") ? "[\"开工\"]" : "[\"开工\",\"主体完工\"]";
                api.expect(office, "PUT", projects + "/" + project.code() + "/progress", "{\"actualStart\":\""
                        + period(project.actualStart()) + "\",\"milestonesDone\":" + done + ",\"version\":0}", 200);
                for (int month = project.actualStart(); month <= MONTHS_REPORTED; month++) {
                    api.expect(office, "PUT", projects + "/" + project.code() + "/investments/" + period(month),
                            json("amount", project.monthly()), 200);
                }
            });
        }
        DemoApi.parallel(work);
        return true;
    }

    void targetsAndLetters(String office, String cycle) throws Exception {
        List<Runnable> work = new ArrayList<>();
        for (UnitSeed unit : UNITS) {
            for (IndicatorSeed indicator : INDICATORS) {
                // Qualitative tasks are assigned without a number: the office grades them by level.
                String target = indicator.qualitative() ? "" : "\"target\":" + num(target(unit, indicator)) + ",";
                work.add(() -> api.expect(office, "PUT", cycle + "/units/" + unit.code() + "/targets/" + indicator.code(),
                        "{" + target + "\"responsibleUnit\":\"" + unit.code() + "\"}", 200, 201));
            }
        }
        DemoApi.parallel(work);
        for (UnitSeed unit : UNITS) {
            api.expect(office, "POST", cycle + "/units/" + unit.code() + "/letter/signature", "{}", 200, 201, 409);
        }
    }

    /**
     * What the office records besides the reports (考核事实): a provincial commendation of 汉阴 under its document
     * number, a public criticism of 白河, and 白河's production-safety veto, the year its accidents passed the line.
     */
    void officeFacts(String office, String cycle) {
        api.expect(office, "POST", cycle + "/adjustments", json("unit", "HANYIN", "rule", "PROVINCIAL_COMMENDATION",
                "points", 1, "dedupeKey", "陕政函〔2024〕56号", "date", "2024-06-18",
                "reason", "省级生态文明建设示范县表彰"), 201);
        api.expect(office, "POST", cycle + "/adjustments", json("unit", "BAIHE", "rule", "PUBLIC_CRITICISM",
                "points", 0.5, "date", "2024-08-09", "reason", "安全生产工作市政府通报批评"), 201);
        api.expect(office, "POST", cycle + "/vetoes", json("unit", "BAIHE", "rule", "PRODUCTION_SAFETY",
                "date", "2024-07-22", "description", "较大生产安全事故一起"), 201);
        for (UnitSeed unit : UNITS) {
            for (IndicatorSeed indicator : INDICATORS) {
                if (indicator.qualitative()) {
                    api.expect(office, "POST", cycle + "/levels", json("unit", unit.code(), "indicator", indicator.code(),
                            "level", level(unit.code(), indicator.code()), "date", "2024-09-30",
                            "reason", "前三季度" + indicator.name() + "考评"), 201, 409);
                }
            }
        }
    }

    /** The graded levels: most units A or B; 白河 C on stability (the year of its accident), 镇坪 C on party building. */
    static String level(String unit, String indicator) {
        return switch (unit + "/" + indicator) {
            case "BAIHE/STABILITY", "ZHENPING/PARTY" -> "C";
            default -> Math.floorMod((unit + indicator).hashCode(), 3) == 0 ? "B" : "A";
        };
    }

    /** Each month's report drafted, submitted, verified and approved; months in order per line. */
    void progress(String office, String reports) throws Exception {
        List<Runnable> lines = new ArrayList<>();
        for (UnitSeed unit : UNITS) {
            for (IndicatorSeed indicator : INDICATORS) {
                if (indicator.qualitative()) {
                    continue;
                }
                lines.add(() -> {
                    for (int month = 1; month <= MONTHS_REPORTED; month++) {
                        String created = api.expect(office, "POST", reports, "{\"unit\":\"" + unit.code()
                                + "\",\"indicator\":\"" + indicator.code() + "\",\"period\":\"" + period(month)
                                + "\",\"actual\":" + num(actual(unit, indicator, month)) + "}", 201);
                        String id = DemoApi.field(created, "id");
                        String[] steps = {"submission", "verification", "approval"};
                        for (int version = 0; version < steps.length; version++) {
                            api.expect(office, "POST", reports + "/" + id + "/" + steps[version],
                                    "{\"version\":" + version + "}", 200);
                        }
                    }
                });
            }
        }
        DemoApi.parallel(lines);
    }

    static String period(int month) {
        return CYCLE + "-" + (month < 10 ? "0" : "") + month;
    }

    /** A flat JSON object from name/value pairs; null values are left out. */
    static String json(Object... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(pairs[i]).append("\":");
            Object value = pairs[i + 1];
            out.append(value instanceof Number ? value.toString() : "\"" + value.toString().replace("\"", "\\\"") + "\"");
        }
        return out.append('}').toString();
    }
}
