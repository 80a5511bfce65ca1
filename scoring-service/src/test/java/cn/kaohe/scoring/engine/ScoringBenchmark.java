package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.fixtures.ScenarioGenerator;
import cn.kaohe.scoring.engine.scenario.Scenario;
import java.util.Arrays;

/**
 * A manual timing run, not a test: scores a generated scenario (default 1,000 units × 200
 * indicators) repeatedly after warm-up and prints the median. Run from the scratch build with
 * {@code java -cp target/classes:target/test-classes cn.kaohe.scoring.engine.ScoringBenchmark [units] [indicators]}.
 */
public final class ScoringBenchmark {
    private static final int WARM_UP_RUNS = 30;
    private static final int MEASURED_RUNS = 21;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Scenario scenario = ScenarioGenerator.generate(units, indicators, 42);
        ScoringEngine engine = new ScoringEngine();
        System.out.printf("%d units × %d indicators: %d assignments, %d values%n",
                units, indicators, scenario.assignments().size(), scenario.values().size());

        for (int i = 0; i < WARM_UP_RUNS; i++) {
            engine.score(scenario);
        }
        System.out.printf("validate only: median %.1f ms%n", medianMillis(() -> engine.validate(scenario)));
        System.out.printf("score (validate + score): median %.1f ms%n", medianMillis(() -> engine.score(scenario)));
    }

    private static double medianMillis(Runnable run) {
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos[MEASURED_RUNS / 2] / 1e6;
    }
}
