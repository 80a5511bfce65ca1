package cn.kaohe.indicators.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evidence files accepted (佐证材料), each known by its extensions and by its first bytes: a PDF
 * starts with {@code %PDF-}, a PNG and a JPEG with their signatures; Word, Excel and OFD files are ZIP
 * containers told apart by the entries their central directory (at the end of the file) must name.
 */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf"), bytes("%PDF-"), List.of()),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, List.of()),
    PNG("image/png", List.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, List.of()),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), Zip.MAGIC,
            List.of("[Content_Types].xml", "word/")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), Zip.MAGIC,
            List.of("[Content_Types].xml", "xl/")),
    OFD("application/ofd", List.of("ofd"), Zip.MAGIC, List.of("OFD.xml"));

    /** The most bytes a signature needs. */
    static final int HEAD_BYTES = 8;

    private static final Set<String> GENERIC_TYPES = Set.of("application/octet-stream", "binary/octet-stream");

    private final String mediaType;
    private final List<String> extensions;
    private final byte[] magic;
    private final List<String> requiredEntries;

    EvidenceType(String mediaType, List<String> extensions, byte[] magic, List<String> requiredEntries) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
        this.requiredEntries = requiredEntries;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a file name claims by its extension, or null when the extension is not accepted. */
    public static EvidenceType ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.extensions.contains(extension)).findFirst().orElse(null);
    }

    /** Whether a declared Content-Type agrees with this type (a generic one, or none, always does). */
    public boolean agreesWith(String declared) {
        if (declared == null || declared.isBlank()) {
            return true;
        }
        String bare = declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return GENERIC_TYPES.contains(bare) || bare.equals(mediaType)
                || (magic == Zip.MAGIC && bare.equals("application/zip"))
                || (this == JPEG && bare.equals("image/pjpeg"));
    }

    /** Whether the file's first bytes carry this type's signature. */
    public boolean matchesHead(byte[] head, int length) {
        if (length < magic.length) {
            return false;
        }
        return Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** Whether the end of the file names every entry a container of this type must have. */
    public boolean matchesTail(byte[] tail, int length) {
        String names = new String(tail, 0, length, StandardCharsets.ISO_8859_1);
        return requiredEntries.stream().allMatch(entry -> names.contains(entry));
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class Zip {
        static final byte[] MAGIC = {'P', 'K', 0x03, 0x04};
    }
}
