package cn.kaohe.evaluations.invitations;

import cn.kaohe.defaults.problems.ProblemException;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A QR code of a link as a PNG (black on white, medium error correction, a quiet zone of 2 modules). */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * The QR code of {@code link} as an inline PNG response named {@code filename}, drawn off the event
     * loop; a 422 for a {@code size} outside 120..1200 pixels.
     */
    public static Mono<ResponseEntity<byte[]>> inline(int size, Mono<String> link, String filename) {
        if (size < 120 || size > 1200) {
            return Mono.error(ProblemException.invalid("$.size", "out-of-range", "尺寸 120–1200 像素 / 120..1200 pixels"));
        }
        return link.publishOn(Schedulers.boundedElastic())
                .map(text -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .header("Content-Disposition", "inline; filename=\"" + filename + "\"")
                        .body(png(text, size)));
    }

    public static byte[] png(String text, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
