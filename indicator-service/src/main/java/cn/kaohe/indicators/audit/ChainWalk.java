package cn.kaohe.indicators.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Walks the audit chain row by row in {@code seq} order, keeping only the previous row's seq and
 * hash: a row is intact when it follows its predecessor without a gap, names its predecessor's hash
 * and carries the hash of its own content. The first row that is not is the broken one.
 */
final class ChainWalk {

    /** Why a row breaks the chain. */
    enum Problem {
        /** A seq is missing before this row (a row was removed). */
        SEQUENCE_GAP,
        /** The row does not name its predecessor's hash (a row before it was replaced). */
        LINK_BROKEN,
        /** The row's content no longer matches its hash (the row was altered). */
        CONTENT_CHANGED
    }

    record Broken(long seq, UUID id, Problem problem) {
    }

    record Verdict(boolean intact, long checked, Long lastSeq, String lastHash, Broken firstBroken) {
    }

    private long previousSeq;
    private byte[] previousHash = AuditRow.GENESIS;
    private long checked;
    private Broken broken;

    /** @return false once the chain is broken (nothing after the first broken row is checked) */
    boolean accept(AuditRow row) {
        if (broken != null) {
            return false;
        }
        checked++;
        if (row.seq() != previousSeq + 1) {
            broken = new Broken(row.seq(), row.id(), Problem.SEQUENCE_GAP);
        } else if (!Arrays.equals(row.prevHash(), previousHash)) {
            broken = new Broken(row.seq(), row.id(), Problem.LINK_BROKEN);
        } else if (!Arrays.equals(row.hash(), row.expectedHash())) {
            broken = new Broken(row.seq(), row.id(), Problem.CONTENT_CHANGED);
        } else {
            previousSeq = row.seq();
            previousHash = row.hash();
            return true;
        }
        return false;
    }

    long lastSeq() {
        return previousSeq;
    }

    Verdict verdict() {
        return new Verdict(broken == null, checked, previousSeq == 0 ? null : previousSeq,
                previousSeq == 0 ? null : HexFormat.of().formatHex(previousHash), broken);
    }
}
