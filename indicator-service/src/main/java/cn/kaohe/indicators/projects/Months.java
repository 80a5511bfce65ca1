package cn.kaohe.indicators.projects;

/** Month arithmetic on periods (YYYY-MM), which compare as strings and count as year × 12 + month. */
final class Months {

    private Months() {
    }

    static int index(String period) {
        return Integer.parseInt(period.substring(0, 4)) * 12 + Integer.parseInt(period.substring(5, 7)) - 1;
    }

    /** Months from {@code from} to {@code to}: 0 for the same month, negative when {@code to} is earlier. */
    static int between(String from, String to) {
        return index(to) - index(from);
    }

    static int year(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    static String of(int year, int month) {
        return year + "-" + (month < 10 ? "0" : "") + month;
    }
}
