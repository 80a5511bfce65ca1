package cn.kaohe.scoring.engine;

import cn.kaohe.scoring.engine.fixtures.EngineJson;
import cn.kaohe.scoring.engine.fixtures.ScenarioGenerator;
import cn.kaohe.scoring.engine.scenario.Scenario;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a seeded synthetic scenario as the JSON body of {@code POST /api/scoring/v1/simulations},
 * for the benchmark in {@code bench/scoring.sh}. The same (units, indicators, seed) always gives
 * the same file, so the engine-alone and the end-to-end timings score identical scenarios.
 *
 * <pre>java -cp test-classes:classes:&lt;dependencies&gt; cn.kaohe.scoring.engine.ScenarioFile \
 *     --units 1000 --indicators 200 --seed 42 --out scenario.json</pre>
 */
public final class ScenarioFile {

    /**
     * Absent optional fields are left out rather than written as null: the contract allows both,
     * and a smaller body keeps more sizes under the simulation body limit.
     */
    private static final JsonMapper WRITER = EngineJson.MAPPER.rebuild()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private ScenarioFile() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> flags = flags(args, List.of("units", "indicators", "seed", "out"));
        int units = Integer.parseInt(flags.getOrDefault("units", "1000"));
        int indicators = Integer.parseInt(flags.getOrDefault("indicators", "200"));
        long seed = Long.parseLong(flags.getOrDefault("seed", "42"));
        Path out = Path.of(required(flags, "out"));

        Scenario scenario = ScenarioGenerator.generate(units, indicators, seed);
        // The writer streams into the file: no second copy of the scenario as text in memory.
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            WRITER.writeValue(file, scenario);
        }
        System.out.printf("%s: %d units × %d indicators (seed %d), %d assignments, %d values, %d levels, %,d bytes%n",
                out, units, indicators, seed, scenario.assignments().size(), scenario.values().size(),
                scenario.levels().size(), Files.size(out));
    }

    static Map<String, String> flags(String[] args, List<String> known) {
        Map<String, String> flags = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !known.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + known.stream().map(k -> "--" + k + " VALUE")
                        .reduce((a, b) -> a + " " + b).orElse("") + " (got '" + args[i] + "')");
            }
            flags.put(name, args[++i]);
        }
        return flags;
    }

    private static String required(Map<String, String> flags, String name) {
        String value = flags.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
