package cn.kaohe.scoring.engine.scenario;

/** 等次, declared best first: 优秀, 良好, 一般, 较差. */
public enum Grade {
    EXCELLENT,
    GOOD,
    AVERAGE,
    POOR;

    public boolean isWorseThan(Grade other) {
        return compareTo(other) > 0;
    }

    public static Grade worse(Grade a, Grade b) {
        return a.isWorseThan(b) ? a : b;
    }
}
