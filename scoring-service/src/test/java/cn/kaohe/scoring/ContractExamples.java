package cn.kaohe.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The scoring contract's example files, copied into test resources. */
public final class ContractExamples {

    private ContractExamples() {
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
