package cn.kaohe.indicators.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UploadInspectorTest {

    private static final long LIMIT = 1024 * 1024;

    /** Feeds the file in pieces of {@code piece} bytes, as a network would. */
    private static UploadInspector.Inspected inspect(String name, String declared, byte[] file, int piece) {
        UploadInspector inspector = new UploadInspector(LIMIT, name, declared);
        for (int from = 0; from < file.length; from += piece) {
            inspector.accept(Arrays.copyOfRange(file, from, Math.min(file.length, from + piece)));
        }
        return inspector.finish();
    }

    private static UploadInspector.Why refusal(Runnable upload) {
        try {
            upload.run();
        } catch (UploadInspector.Refused refused) {
            return refused.why();
        }
        throw new AssertionError("the upload was accepted");
    }

    @Test
    void eachAcceptedTypeIsRecognizedByItsContentWhateverThePieces() {
        assertThat(inspect("报告.pdf", "application/pdf", EvidenceFiles.pdf(5000), 3).type()).isEqualTo(EvidenceType.PDF);
        assertThat(inspect("a.PNG", "image/png", EvidenceFiles.png(), 1).type()).isEqualTo(EvidenceType.PNG);
        assertThat(inspect("a.jpeg", null, EvidenceFiles.jpeg(), 100).type()).isEqualTo(EvidenceType.JPEG);
        assertThat(inspect("a.docx", "application/octet-stream", EvidenceFiles.docx(), 7).type())
                .isEqualTo(EvidenceType.DOCX);
        assertThat(inspect("a.xlsx", EvidenceType.XLSX.mediaType(), EvidenceFiles.xlsx(), 64).type())
                .isEqualTo(EvidenceType.XLSX);
        assertThat(inspect("a.ofd", "application/zip", EvidenceFiles.ofd(), 5).type()).isEqualTo(EvidenceType.OFD);
    }

    @Test
    void sizeAndDigestAreThoseOfTheWholeFile() throws Exception {
        byte[] file = EvidenceFiles.pdf(300_000);
        UploadInspector.Inspected inspected = inspect("a.pdf", null, file, 8192);

        assertThat(inspected.size()).isEqualTo(300_000);
        assertThat(inspected.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(file)));
    }

    @Test
    void theEntriesOfAContainerAreFoundAtItsEndPastAnyAmountOfContent() {
        byte[] big = EvidenceFiles.docxWithMedia(3 * UploadInspector.TAIL_BYTES);
        assertThat(inspect("big.docx", null, big, 8192).type()).isEqualTo(EvidenceType.DOCX);
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameClaimsIsRefused() {
        assertThat(refusal(() -> inspect("scan.pdf", null, EvidenceFiles.png(), 4)))
                .isEqualTo(UploadInspector.Why.CONTENT_MISMATCH);
        assertThat(refusal(() -> inspect("report.docx", null, EvidenceFiles.xlsx(), 4)))
                .isEqualTo(UploadInspector.Why.CONTENT_MISMATCH);
        assertThat(refusal(() -> inspect("archive.ofd", null, EvidenceFiles.zip("a.txt"), 4)))
                .isEqualTo(UploadInspector.Why.CONTENT_MISMATCH);
        assertThat(refusal(() -> inspect("tiny.pdf", null, new byte[] {'%', 'P'}, 4)))
                .isEqualTo(UploadInspector.Why.CONTENT_MISMATCH);
    }

    @Test
    void aNameOrDeclaredTypeOutsideTheListIsRefusedBeforeAnyByte() {
        assertThat(refusal(() -> new UploadInspector(LIMIT, "setup.exe", null)))
                .isEqualTo(UploadInspector.Why.UNSUPPORTED_TYPE);
        assertThat(refusal(() -> new UploadInspector(LIMIT, "noextension", null)))
                .isEqualTo(UploadInspector.Why.UNSUPPORTED_TYPE);
        assertThat(refusal(() -> new UploadInspector(LIMIT, "a.pdf", "text/html")))
                .isEqualTo(UploadInspector.Why.CONTENT_MISMATCH);
    }

    @Test
    void theFirstByteBeyondTheLimitIsRefusedAndAnEmptyFileToo() {
        UploadInspector inspector = new UploadInspector(20, "a.pdf", null);
        inspector.accept(EvidenceFiles.pdf(20));
        assertThatThrownBy(() -> inspector.accept(new byte[1]))
                .isInstanceOfSatisfying(UploadInspector.Refused.class,
                        refused -> assertThat(refused.why()).isEqualTo(UploadInspector.Why.TOO_LARGE));
        assertThat(refusal(() -> new UploadInspector(LIMIT, "a.pdf", null).finish())).isEqualTo(UploadInspector.Why.EMPTY);
    }

    @Test
    void fileNamesKeepOnlyTheirLastSegment() {
        assertThat(FileNames.clean("C:\\fakepath\\汉阴县 2024 统计快报.pdf")).isEqualTo("汉阴县 2024 统计快报.pdf");
        assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(FileNames.clean("  ")).isNull();
        assertThat(FileNames.clean("a\u0000.pdf")).isNull();
        assertThat(FileNames.clean("x".repeat(252) + ".pdf")).isNull();
    }
}
