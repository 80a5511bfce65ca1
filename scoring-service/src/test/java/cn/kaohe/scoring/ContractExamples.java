package cn.kaohe.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The scoring contract's example files, copied into test resources. */
public final class ContractExamples {

    private ContractExamples() {
    }

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /** The worked example's rulebook, moved to {@code cycle}. */
    public static ObjectNode rulebook(String cycle) {
        ObjectNode rulebook = (ObjectNode) PLAIN.readTree(text("worked-example.scenario.json")).get("rulebook");
        rulebook.put("cycle", cycle);
        return rulebook;
    }

    /** A first-version body for {@code POST …/cycles/{cycle}/rulebooks} holding the worked example's rulebook. */
    public static String firstRulebookVersion(String cycle) {
        ObjectNode body = PLAIN.createObjectNode();
        body.set("rulebook", rulebook(cycle));
        return body.toString();
    }

    public static String text(String name) {
        try (InputStream in = ContractExamples.class.getResourceAsStream("/engine/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /engine/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
