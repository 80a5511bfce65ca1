package cn.kaohe.evaluations.responses;

import java.util.UUID;

/**
 * Who sent a response: its credential (an invitation, or a public link; never both), the client's
 * address as the gateway saw it, and the device id the page keeps.
 */
public record ResponseOrigin(UUID invitation, UUID publicLink, String clientAddress, String deviceId) {

    public static ResponseOrigin invitation(UUID invitation, String clientAddress, String deviceId) {
        return new ResponseOrigin(invitation, null, clientAddress, deviceId);
    }

    public static ResponseOrigin publicLink(UUID link, String clientAddress, String deviceId) {
        return new ResponseOrigin(null, link, clientAddress, deviceId);
    }
}
