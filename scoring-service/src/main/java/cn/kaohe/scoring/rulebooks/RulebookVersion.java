package cn.kaohe.scoring.rulebooks;

import cn.kaohe.scoring.engine.scenario.Rulebook;
import java.time.OffsetDateTime;

/** One stored version of a cycle's rulebook. */
public record RulebookVersion(String cycle, int version, String reason, String createdBy,
                              OffsetDateTime createdAt, Rulebook rulebook) {

    /** The version without its document, for listings. */
    public record Summary(String cycle, int version, String reason, String createdBy, OffsetDateTime createdAt) {
    }

    public Summary summary() {
        return new Summary(cycle, version, reason, createdBy, createdAt);
    }
}
