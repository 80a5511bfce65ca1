package cn.kaohe.indicators;

/** Sentences the OpenAPI descriptions of several endpoints share. */
public final class ApiTexts {

    public static final String IDEMPOTENT = "Send an `Idempotency-Key` header to make a retry safe: a repeat with the "
            + "same key and body answers the first result (header `Idempotent-Replayed: true`) and writes nothing; "
            + "the same key with another body is 422 (`header:Idempotency-Key`).";

    private ApiTexts() {
    }
}
