package cn.kaohe.evaluations.publiclinks;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.evaluations.responses.CheckedAnswer;
import cn.kaohe.evaluations.responses.CheckedResponse;
import cn.kaohe.evaluations.responses.ResponseFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkRulesTest {

    private static PublicLink link(int window, int perAddress, int identical) {
        return new PublicLink(UUID.randomUUID(), UUID.randomUUID(), "PUBLIC", "c", null, 50, 18, window, perAddress,
                identical, 0, null, "office", null, null, null, null, null);
    }

    private static CheckedResponse response(String unit, String... options) {
        List<CheckedAnswer> answers = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            answers.add(new CheckedAnswer("Q" + (i + 1), options[i], BigDecimal.TEN, true));
        }
        return new CheckedResponse(unit, "PUBLIC", answers, BigDecimal.TEN);
    }

    @Test
    void anIpv4AddressCountsAsItselfAnIpv6AddressByItsSixtyFourPrefix() {
        assertThat(LinkRules.addressKey("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(LinkRules.addressKey("2001:db8:85a3:0:0:8a2e:370:7334")).isEqualTo("2001:db8:85a3:0::/64");
        assertThat(LinkRules.addressKey("2001:0DB8:85A3::1")).isEqualTo("2001:db8:85a3:0::/64");
        assertThat(LinkRules.addressKey("2001:db8:85a3::abcd:1%eth0")).isEqualTo("2001:db8:85a3:0::/64");
        assertThat(LinkRules.addressKey("[::1]")).isEqualTo("0:0:0:0::/64");
        assertThat(LinkRules.addressKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void whatIsNoAddressCountsAsUnknown() {
        assertThat(LinkRules.addressKey(null)).isEqualTo("unknown");
        assertThat(LinkRules.addressKey("example.org")).isEqualTo("unknown");
        assertThat(LinkRules.addressKey("1::2::3")).isEqualTo("unknown");
        assertThat(LinkRules.addressKey("1:2:3:4:5:6:7:8:9")).isEqualTo("unknown");
        assertThat(LinkRules.addressKey("12345::1")).isEqualTo("unknown");
    }

    @Test
    void theDailyLimitCountsShanghaiDays() {
        // 2024-11-30 16:30 UTC is 2024-12-01 00:30 in Shanghai
        Instant justAfterMidnight = Instant.parse("2024-11-30T16:30:00Z");

        assertThat(LinkRules.dayStart(justAfterMidnight)).isEqualTo(Instant.parse("2024-11-30T16:00:00Z"));
        assertThat(LinkRules.dayStart(Instant.parse("2024-11-30T15:59:59Z")))
                .isEqualTo(Instant.parse("2024-11-29T16:00:00Z"));
        assertThat(LinkRules.secondsUntilTomorrow(justAfterMidnight)).isEqualTo(23 * 3600 + 30 * 60);
    }

    @Test
    void burstWindowsAreFixedSlicesOfTheirLength() {
        assertThat(LinkRules.windowStart(Instant.parse("2024-12-01T08:17:59Z"), 10))
                .isEqualTo(Instant.parse("2024-12-01T08:10:00Z"));
        assertThat(LinkRules.windowStart(Instant.parse("2024-12-01T08:20:00Z"), 10))
                .isEqualTo(Instant.parse("2024-12-01T08:20:00Z"));
    }

    @Test
    void aResponseIsFlaggedOnlyBeyondTheLinksBurstThresholds() {
        PublicLink link = link(10, 3, 5);

        assertThat(LinkRules.flags(link, 3, 5)).isEmpty();
        assertThat(LinkRules.flags(link, 4, 5)).extracting(ResponseFlag::code).containsExactly(LinkRules.ADDRESS_BURST);
        assertThat(LinkRules.flags(link, 1, 6)).extracting(ResponseFlag::code)
                .containsExactly(LinkRules.IDENTICAL_ANSWERS);
        assertThat(LinkRules.flags(link, 9, 9)).hasSize(2);
        assertThat(LinkRules.flags(link, 4, 1).get(0).reason()).contains("10 分钟内").contains("第 4 份")
                .doesNotContain("203.");
    }

    @Test
    void identicalAnswersShareADigestPerUnit() {
        String same = LinkRules.answersDigest(response("HANYIN", "SATISFIED", "SATISFIED"));

        assertThat(LinkRules.answersDigest(response("HANYIN", "SATISFIED", "SATISFIED"))).isEqualTo(same).hasSize(64);
        assertThat(LinkRules.answersDigest(response("SHIQUAN", "SATISFIED", "SATISFIED"))).isNotEqualTo(same);
        assertThat(LinkRules.answersDigest(response("HANYIN", "SATISFIED", "DISSATISFIED"))).isNotEqualTo(same);
    }
}
