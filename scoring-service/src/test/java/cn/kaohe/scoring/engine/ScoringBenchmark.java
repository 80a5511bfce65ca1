package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.fixtures.ScenarioGenerator;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
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
 *     --sizes 100x200,1000x200,10000x200 --seed 42 --warmups 5 --runs 11</pre>
 */
public final class ScoringBenchmark {

    /** Small sizes finish a run in milliseconds: warm up for at least this long, not just N runs. */
    private static final long MIN_WARM_UP_NANOS = 5_000_000_000L;

    /** Every result is kept here, so the JIT cannot drop the work that produced it. */
    private static volatile Object lastResult;

    private ScoringBenchmark() {
    }

    /** Durations of repeated calls, each with the garbage-collection pauses that fell inside it. */
    record Runs(double[] millis, double[] gcMillis) {

        double medianMillis() {
            return median(millis);
        }

        /** The median of each run's time minus its pauses: the engine's own work, as it scales. */
        double medianMillisWithoutGc() {
            double[] net = new double[millis.length];
            Arrays.setAll(net, i -> millis[i] - gcMillis[i]);
            return median(net);
        }

        double meanGcMillis() {
            return Arrays.stream(gcMillis).average().orElse(0);
        }
    }

    record Timing(int units, int indicators, int assignments, int values, double validateMillis,
                  double scoreMillis, double fastestMillis, double slowestMillis, double scoreMillisWithoutGc,
                  double meanGcMillis) {

        double millisPerThousandAssignments() {
            return scoreMillis * 1000 / assignments;
        }
    }

    public static void main(String[] args) {
        Map<String, String> flags = ScenarioFile.flags(args, List.of("sizes", "seed", "warmups", "runs"));
        List<int[]> sizes = Arrays.stream(flags.getOrDefault("sizes", "100x200,1000x200,10000x200").split(","))
                .map(size -> Arrays.stream(size.split("x")).mapToInt(Integer::parseInt).toArray())
                .toList();
        long seed = Long.parseLong(flags.getOrDefault("seed", "42"));
        int warmUps = Integer.parseInt(flags.getOrDefault("warmups", "5"));
        int runs = Integer.parseInt(flags.getOrDefault("runs", "11"));

        System.out.printf("JVM %s, %d processors, max heap %d MB, seed %d, %d+ warm-up runs (≥ %d s), median of %d runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, seed, warmUps, MIN_WARM_UP_NANOS / 1_000_000_000L, runs);
        List<Timing> timings = sizes.stream()
                .map(size -> time(size[0], size[1], seed, warmUps, runs))
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
        Runs validate = time(runs, () -> engine.validate(scenario));
        Runs score = time(runs, () -> engine.score(scenario));
        double[] sorted = score.millis().clone();
        Arrays.sort(sorted);
        Timing timing = new Timing(units, indicators, scenario.assignments().size(), scenario.values().size(),
                validate.medianMillis(), score.medianMillis(), sorted[0], sorted[runs - 1],
                score.medianMillisWithoutGc(), score.meanGcMillis());
        System.out.printf("%,d × %d: validate + score median %.1f ms (%.1f–%.1f), GC %.1f ms per run, runs in order %s%n",
                units, indicators, timing.scoreMillis(), timing.fastestMillis(), timing.slowestMillis(),
                timing.meanGcMillis(), Arrays.toString(Arrays.stream(score.millis()).mapToLong(Math::round).toArray()));
        return timing;
    }

    private static Runs time(int runs, Supplier<?> call) {
        double[] millis = new double[runs];
        double[] gcMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long gcBefore = gcMillisSoFar();
            long start = System.nanoTime();
            lastResult = call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            gcMillis[i] = gcMillisSoFar() - gcBefore;
        }
        return new Runs(millis, gcMillis);
    }

    private static long gcMillisSoFar() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void printTable(List<Timing> timings, int runs) {
        System.out.println();
        System.out.printf("| units × indicators | assignments | values | validate ms | validate + score ms (median of %d) "
                + "| fastest–slowest ms | GC ms per run (mean) | without GC ms (median) | ms per 1,000 assignments "
                + "| without GC, ms per 1,000 assignments |%n", runs);
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Timing t : timings) {
            System.out.printf("| %,d × %d | %,d | %,d | %.1f | **%.1f** | %.1f–%.1f | %.1f | %.1f | %.3f | %.3f |%n",
                    t.units(), t.indicators(), t.assignments(), t.values(), t.validateMillis(), t.scoreMillis(),
                    t.fastestMillis(), t.slowestMillis(), t.meanGcMillis(), t.scoreMillisWithoutGc(),
                    t.millisPerThousandAssignments(), t.scoreMillisWithoutGc() * 1000 / t.assignments());
        }
    }
}
