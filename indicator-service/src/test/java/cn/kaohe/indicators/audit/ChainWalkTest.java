package cn.kaohe.indicators.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class ChainWalkTest {

    /** A correctly chained log of {@code n} rows. */
    private static List<AuditRow> chain(int n) {
        List<AuditRow> rows = new ArrayList<>();
        byte[] previous = AuditRow.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditRow row = row(seq, "reason " + seq, previous, null);
            row = row.withHash(row.expectedHash());
            previous = row.hash();
            rows.add(row);
        }
        return rows;
    }

    private static AuditRow row(long seq, String reason, byte[] previous, byte[] hash) {
        return new AuditRow(seq, new UUID(0, seq), Instant.parse("2024-10-31T08:00:00.123456Z"), "office", "rid-" + seq,
                "PROGRESS_REPORT", "r" + seq, "APPROVED", "2024", "HANYIN", null,
                JsonNodeFactory.instance.objectNode().put("actual", 53.1), reason, previous, hash);
    }

    private static ChainWalk.Verdict walk(List<AuditRow> rows) {
        ChainWalk walk = new ChainWalk();
        for (AuditRow row : rows) {
            if (!walk.accept(row)) {
                break;
            }
        }
        return walk.verdict();
    }

    @Test
    void anUntouchedChainIsIntactUpToItsLastRow() {
        ChainWalk.Verdict verdict = walk(chain(5));

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.checked()).isEqualTo(5);
        assertThat(verdict.lastSeq()).isEqualTo(5);
        assertThat(verdict.firstBroken()).isNull();
    }

    @Test
    void anEmptyLogIsIntact() {
        assertThat(walk(List.of()).intact()).isTrue();
    }

    @Test
    void anAlteredRowIsTheFirstBrokenOneAndNothingAfterItIsChecked() {
        List<AuditRow> rows = chain(5);
        AuditRow third = rows.get(2);
        rows.set(2, row(3, "forged", third.prevHash(), third.hash()));

        ChainWalk.Verdict verdict = walk(rows);

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.firstBroken().seq()).isEqualTo(3);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainWalk.Problem.CONTENT_CHANGED);
        assertThat(verdict.checked()).isEqualTo(3);
        assertThat(verdict.lastSeq()).isEqualTo(2);
    }

    @Test
    void aRowReplacedWithARehashedOneBreaksTheLinkOfItsSuccessor() {
        List<AuditRow> rows = chain(4);
        AuditRow forged = row(2, "forged", rows.get(1).prevHash(), null);
        rows.set(1, forged.withHash(forged.expectedHash()));

        ChainWalk.Verdict verdict = walk(rows);

        assertThat(verdict.firstBroken().seq()).isEqualTo(3);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainWalk.Problem.LINK_BROKEN);
    }

    @Test
    void aRemovedRowShowsAsAGapAtItsSuccessor() {
        List<AuditRow> rows = chain(4);
        rows.remove(1);

        ChainWalk.Verdict verdict = walk(rows);

        assertThat(verdict.firstBroken().seq()).isEqualTo(3);
        assertThat(verdict.firstBroken().problem()).isEqualTo(ChainWalk.Problem.SEQUENCE_GAP);
    }
}
