package cn.kaohe.evaluations.responses;

/**
 * Why a response looks suspicious (e.g. {@code ADDRESS_BURST}, {@code IDENTICAL_ANSWERS}), with a reason
 * the office reads. A flagged response still counts until the office excludes it; the reason never
 * names an address or device.
 */
public record ResponseFlag(String code, String reason) {
}
