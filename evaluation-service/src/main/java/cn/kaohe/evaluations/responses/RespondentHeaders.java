package cn.kaohe.evaluations.responses;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * What a respondent's request says about where it comes from: the client address and the device id.
 *
 * <p>The address is the one the gateway saw. The gateway replaces whatever {@code X-Forwarded-For} a
 * client sends with the single address it resolved itself (its peer, or the right-most untrusted hop
 * behind a configured proxy), so the service reads the last entry and never a client's own claim.
 * The services are reachable only through the gateway; a request without the header is answered with
 * its peer's address.
 */
public final class RespondentHeaders {

    public static final String DEVICE_HEADER = "X-Device-Id";
    private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private RespondentHeaders() {
    }

    public static String clientAddress(ServerHttpRequest request) {
        String forwarded = request.getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].trim();
            return last.length() > 64 ? last.substring(0, 64) : last;
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer == null || peer.getAddress() == null ? null : peer.getAddress().getHostAddress();
    }

    /** Whether a device id is one the page could have made (letters, digits, - and _, at most 64). */
    public static boolean wellFormedDevice(String deviceId) {
        return deviceId != null && DEVICE_ID.matcher(deviceId).matches();
    }
}
