package cn.kaohe.gateway.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 40000);
    }

    @Test
    void withoutTrustedProxiesTheClientIsThePeerWhateverItClaims() {
        ClientAddresses addresses = ClientAddresses.trusting(List.of());

        assertThat(addresses.resolve(peer("203.0.113.9"), List.of("10.0.0.1"))).isEqualTo("203.0.113.9");
        assertThat(addresses.resolve(peer("203.0.113.9"), null)).isEqualTo("203.0.113.9");
        assertThat(addresses.resolve(null, List.of("10.0.0.1"))).isNull();
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightMostHopThatIsNoProxy() {
        ClientAddresses addresses = ClientAddresses.trusting(List.of("10.0.0.0/8", "192.0.2.10"));

        // a client claiming 198.51.100.1 in front of its real address 203.0.113.5, then two of our proxies
        assertThat(addresses.resolve(peer("10.1.2.3"), List.of("198.51.100.1, 203.0.113.5", "192.0.2.10")))
                .isEqualTo("203.0.113.5");
        assertThat(addresses.resolve(peer("10.1.2.3"), List.of("203.0.113.5"))).isEqualTo("203.0.113.5");
        // every hop a proxy: the left-most one
        assertThat(addresses.resolve(peer("10.1.2.3"), List.of("10.9.9.9, 192.0.2.10"))).isEqualTo("10.9.9.9");
        // no header: the proxy itself
        assertThat(addresses.resolve(peer("10.1.2.3"), null)).isEqualTo("10.1.2.3");
        // an untrusted peer is the client, its header ignored
        assertThat(addresses.resolve(peer("203.0.113.5"), List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void ipv6RangesAndMalformedHops() {
        ClientAddresses addresses = ClientAddresses.trusting(List.of("fd00::/8"));

        assertThat(addresses.resolve(peer("fd12::1"), List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
        assertThat(addresses.resolve(peer("fd12::1"), List.of("not-an-address"))).isEqualTo("not-an-address");
        assertThat(ClientAddresses.literal("example.org")).isNull();
        assertThat(ClientAddresses.literal("1.2.3")).isNull();
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientAddresses.trusting(List.of("proxy.internal")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
