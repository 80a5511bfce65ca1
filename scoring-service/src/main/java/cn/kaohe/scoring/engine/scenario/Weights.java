package cn.kaohe.scoring.engine.scenario;

import java.util.Map;

/**
 * Weights of the target score and the social score. The JSON field {@code "default"} is a Java
 * keyword, so it is the component {@code fallback} here; the JSON layer maps the name (a mix-in
 * outside the engine). Validation paths still say {@code default}.
 */
public record Weights(WeightPair fallback, Map<String, WeightPair> byCategory) {

    public Weights {
        byCategory = Lists.copyOrNull(byCategory);
    }

    /** The category's own weights, else the default. */
    public WeightPair forCategory(String category) {
        if (byCategory != null) {
            WeightPair own = byCategory.get(category);
            if (own != null) {
                return own;
            }
        }
        return fallback;
    }
}
