package cn.kaohe.indicators.projects;

/** A milestone of a key project's plan: what, by which month (YYYY-MM), and whether the unit has done it. */
public record Milestone(String name, String due, boolean done) {
}
