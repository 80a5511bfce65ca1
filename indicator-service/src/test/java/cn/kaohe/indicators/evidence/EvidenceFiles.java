package cn.kaohe.indicators.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small but well-formed files of each accepted type, and some that only pretend to be. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static byte[] pdf(int size) {
        byte[] head = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] file = noise(Math.max(size, head.length), size);
        System.arraycopy(head, 0, file, 0, head.length);
        return file;
    }

    static byte[] png() {
        byte[] file = noise(256, 7);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, file, 0, signature.length);
        return file;
    }

    static byte[] jpeg() {
        byte[] file = noise(256, 8);
        file[0] = (byte) 0xFF;
        file[1] = (byte) 0xD8;
        file[2] = (byte) 0xFF;
        return file;
    }

    static byte[] docx() {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    static byte[] xlsx() {
        return zip("[Content_Types].xml", "xl/workbook.xml");
    }

    static byte[] ofd() {
        return zip("OFD.xml", "Doc_0/Document.xml");
    }

    /** A Word file with a picture of {@code mediaBytes} random bytes before its document entry. */
    static byte[] docxWithMedia(int mediaBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            zip.write(noise(mediaBytes, 9));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<x>" + entry + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reproducible bytes of the given size. */
    static byte[] noise(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
