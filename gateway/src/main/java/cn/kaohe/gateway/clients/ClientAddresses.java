package cn.kaohe.gateway.clients;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who the client is, as far as the gateway can tell: its peer, unless the peer is one of the configured
 * trusted proxies (a load balancer in front of the gateway), in which case the right-most
 * {@code X-Forwarded-For} hop that is not a trusted proxy. Anything a client writes into
 * {@code X-Forwarded-For} itself sits left of what the trusted proxies appended, so it is never taken.
 * Without trusted proxies (the default) the header is ignored altogether. Pure: no name lookups.
 */
public final class ClientAddresses {

    /** Only IP literals are parsed, so that nothing here ever asks a name server. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    private ClientAddresses(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** @param trustedProxies addresses or CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) */
    public static ClientAddresses trusting(List<String> trustedProxies) {
        List<Range> ranges = new ArrayList<>();
        for (String proxy : trustedProxies) {
            if (proxy == null || proxy.isBlank()) {
                continue;
            }
            ranges.add(Range.parse(proxy.trim()));
        }
        return new ClientAddresses(List.copyOf(ranges));
    }

    /**
     * @param peer          the connection's remote address
     * @param forwardedFor  the request's {@code X-Forwarded-For} header values (null when absent)
     * @return the client's address, or null when the peer is unknown
     */
    public String resolve(InetSocketAddress peer, List<String> forwardedFor) {
        if (peer == null || peer.getAddress() == null) {
            return null;
        }
        String address = peer.getAddress().getHostAddress();
        if (trusted.isEmpty() || !isTrusted(address) || forwardedFor == null) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        for (String value : forwardedFor) {
            for (String hop : value.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isTrusted(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
            address = hop;
        }
        return address;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    static byte[] literal(String address) {
        String plain = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        if (!LITERAL.matcher(plain).matches() || (!plain.contains(":") && plain.chars().filter(c -> c == '.').count() != 3)) {
            return null;
        }
        try {
            return InetAddress.getByName(plain).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /** An address range: the first {@code bits} bits of {@code prefix}. */
    private record Range(byte[] prefix, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an address or CIDR range: " + text);
            }
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + text);
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
