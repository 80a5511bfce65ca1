package cn.kaohe.indicators.factrecords;

import java.util.Arrays;

/** The office's three kinds of recorded facts, with the path segment each is served under. */
public enum FactKind {
    LEVEL("levels"), ADJUSTMENT("adjustments"), VETO("vetoes");

    private final String path;

    FactKind(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The kind served under a path segment, or null. */
    public static FactKind ofPath(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(segment)).findFirst().orElse(null);
    }
}
