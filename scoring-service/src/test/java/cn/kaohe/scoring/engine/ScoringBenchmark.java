package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.fixtures.ScenarioGenerator;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A manual timing run of the engine alone, not a test: for each size, generates the seeded scenario
 * (the same one {@link ScenarioFile} writes for the end-to-end run), warms up, then times
 * validate + score repeatedly and prints a markdown table of medians. Run by {@code bench/scoring.sh};
 * by hand:
 *
 * <pre>java -Xmx6g -XX:+UseSerialGC -cp test-classes:classes:&lt;dependencies&gt; cn.kaohe.scoring.engine.ScoringBenchmark \
 *     --units 100,1000,10000 --indicators 200 --seed 42 --warmups 5 --runs 11</pre>
 */
public final class ScoringBenchmark {

    /** Small sizes finish a run in milliseconds: warm up for at least this long, not just N runs. */
    private static final long MIN_WARM_UP_NANOS = 5_000_000_000L;

    /** Every result is kept here, so the JIT cannot drop the work that produced it. */
    private static volatile Object lastResult;

    private ScoringBenchmark() {
    }

    record Timing(int units, int indicators, int assignments, int values, double validateMillis,
                  double scoreMillis, double fastestMillis, double slowestMillis) {

        double millisPerThousandAssignments() {
            return scoreMillis * 1000 / assignments;
        }
    }

    public static void main(String[] args) {
        Map<String, String> flags = ScenarioFile.flags(args, List.of("units", "indicators", "seed", "warmups", "runs"));
        int[] unitCounts = Arrays.stream(flags.getOrDefault("units", "100,1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int indicators = Integer.parseInt(flags.getOrDefault("indicators", "200"));
        long seed = Long.parseLong(flags.getOrDefault("seed", "42"));
        int warmUps = Integer.parseInt(flags.getOrDefault("warmups", "5"));
        int runs = Integer.parseInt(flags.getOrDefault("runs", "11"));

        System.out.printf("JVM %s, %d processors, max heap %d MB, seed %d, %d+ warm-up runs (≥ %d s), median of %d runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, seed, warmUps, MIN_WARM_UP_NANOS / 1_000_000_000L, runs);
        List<Timing> timings = Arrays.stream(unitCounts)
                .mapToObj(units -> time(units, indicators, seed, warmUps, runs))
                .toList();
        printTable(timings, runs);
    }

    private static Timing time(int units, int indicators, long seed, int warmUps, int runs) {
        Scenario scenario = ScenarioGenerator.generate(units, indicators, seed);
        ScoringEngine engine = new ScoringEngine();
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < warmUps || System.nanoTime() - warmUpStart < MIN_WARM_UP_NANOS; i++) {
            lastResult = engine.score(scenario);
        }
        double[] validate = millis(runs, () -> engine.validate(scenario));
        double[] score = millis(runs, () -> engine.score(scenario));
        Timing timing = new Timing(units, indicators, scenario.assignments().size(), scenario.values().size(),
                median(validate), median(score), score[0], score[runs - 1]);
        System.out.printf("%,d × %d: validate + score median %.1f ms (%.1f–%.1f), all runs %s%n",
                units, indicators, timing.scoreMillis(), timing.fastestMillis(), timing.slowestMillis(),
                Arrays.toString(Arrays.stream(score).mapToLong(Math::round).toArray()));
        return timing;
    }

    /** Sorted durations of {@code runs} calls. */
    private static double[] millis(int runs, Supplier<?> call) {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            lastResult = call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void printTable(List<Timing> timings, int runs) {
        System.out.println();
        System.out.printf("| units × indicators | assignments | values | validate ms | validate + score ms (median of %d) | fastest–slowest ms | ms per 1,000 assignments |%n", runs);
        System.out.println("|---|---|---|---|---|---|---|");
        for (Timing t : timings) {
            System.out.printf("| %,d × %d | %,d | %,d | %.1f | **%.1f** | %.1f–%.1f | %.3f |%n",
                    t.units(), t.indicators(), t.assignments(), t.values(), t.validateMillis(), t.scoreMillis(),
                    t.fastestMillis(), t.slowestMillis(), t.millisPerThousandAssignments());
        }
    }
}
