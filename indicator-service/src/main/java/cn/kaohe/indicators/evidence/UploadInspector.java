package cn.kaohe.indicators.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Watches an upload go by, chunk after chunk, without keeping it: counts its size against the limit,
 * checks its first bytes against the type its name claims as soon as they have arrived, keeps a window
 * of its last bytes for the ZIP containers' entry names and computes its SHA-256. Plain rules: the
 * caller turns a {@link Refused} into the answer.
 */
final class UploadInspector {

    /** Why an upload is refused. */
    enum Why { TOO_LARGE, UNSUPPORTED_TYPE, CONTENT_MISMATCH, EMPTY }

    static final class Refused extends RuntimeException {
        private final Why why;

        Refused(Why why, String message) {
            super(message);
            this.why = why;
        }

        Why why() {
            return why;
        }
    }

    /** What was received, once complete. */
    record Inspected(EvidenceType type, long size, String sha256) {
    }

    /** Room for a ZIP central directory of some thousand entries. */
    static final int TAIL_BYTES = 128 * 1024;

    private final long limit;
    private final EvidenceType claimed;
    private final byte[] head = new byte[EvidenceType.HEAD_BYTES];
    private final byte[] tail = new byte[TAIL_BYTES];
    private final MessageDigest sha256;
    private int headLength;
    private int tailLength;
    private int tailPosition;
    private long size;
    private boolean headChecked;

    /**
     * @param fileName the name the client gave, whose extension claims the type
     * @param declared the part's Content-Type, null when none
     */
    UploadInspector(long limit, String fileName, String declared) {
        this.limit = limit;
        this.claimed = EvidenceType.ofFileName(fileName);
        if (claimed == null) {
            throw new Refused(Why.UNSUPPORTED_TYPE, "只接受 pdf、jpg、png、docx、xlsx、ofd / accepted: pdf, jpg, png, "
                    + "docx, xlsx, ofd");
        }
        if (!claimed.agreesWith(declared)) {
            throw new Refused(Why.CONTENT_MISMATCH, "声明的类型 " + declared + " 与文件名不符 / the declared type does not "
                    + "match the file name");
        }
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    void accept(byte[] chunk) {
        size += chunk.length;
        if (size > limit) {
            throw new Refused(Why.TOO_LARGE, "文件超过 " + limit / (1024 * 1024) + " MB / the file exceeds "
                    + limit + " bytes");
        }
        sha256.update(chunk);
        int toHead = Math.min(head.length - headLength, chunk.length);
        System.arraycopy(chunk, 0, head, headLength, toHead);
        headLength += toHead;
        if (!headChecked && headLength == head.length) {
            checkHead();
        }
        keepTail(chunk);
    }

    Inspected finish() {
        if (size == 0) {
            throw new Refused(Why.EMPTY, "文件为空 / the file is empty");
        }
        if (!headChecked) {
            checkHead();
        }
        byte[] last = tailInOrder();
        if (!claimed.matchesTail(last, last.length)) {
            throw new Refused(Why.CONTENT_MISMATCH, "文件内容不是有效的 " + claimed + " / the content is not a valid "
                    + claimed);
        }
        return new Inspected(claimed, size, HexFormat.of().formatHex(sha256.digest()));
    }

    private void checkHead() {
        headChecked = true;
        if (!claimed.matchesHead(head, headLength)) {
            throw new Refused(Why.CONTENT_MISMATCH, "文件内容与扩展名不符(应为 " + claimed + ")/ the content is not a "
                    + claimed + " as the file name claims");
        }
    }

    /** Keeps the last {@link #TAIL_BYTES} bytes seen in a ring; {@link #tailInOrder()} unrolls it. */
    private void keepTail(byte[] chunk) {
        int from = Math.max(0, chunk.length - tail.length);
        for (int i = from; i < chunk.length; ) {
            int run = Math.min(chunk.length - i, tail.length - tailPosition);
            System.arraycopy(chunk, i, tail, tailPosition, run);
            tailPosition = (tailPosition + run) % tail.length;
            tailLength = Math.min(tail.length, tailLength + run);
            i += run;
        }
    }

    private byte[] tailInOrder() {
        if (tailLength < tail.length) {
            return java.util.Arrays.copyOf(tail, tailLength);
        }
        byte[] ordered = new byte[tail.length];
        System.arraycopy(tail, tailPosition, ordered, 0, tail.length - tailPosition);
        System.arraycopy(tail, 0, ordered, tail.length - tailPosition, tailPosition);
        return ordered;
    }
}
