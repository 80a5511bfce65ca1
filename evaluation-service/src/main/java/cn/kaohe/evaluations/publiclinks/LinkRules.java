package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.evaluations.ShanghaiTime;
import cn.kaohe.evaluations.responses.CheckedAnswer;
import cn.kaohe.evaluations.responses.CheckedResponse;
import cn.kaohe.evaluations.responses.ResponseFlag;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a public link's limits, pure: whose address a limit counts, the time buckets of the
 * daily limit (the Shanghai day) and of the burst window (fixed windows of the link's length, so that
 * concurrent submissions count exactly in one row each), and which flags a response gets.
 */
public final class LinkRules {

    public static final String ADDRESS_BURST = "ADDRESS_BURST";
    public static final String IDENTICAL_ANSWERS = "IDENTICAL_ANSWERS";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]{2,39}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-f]{1,4}");

    private LinkRules() {
    }

    /**
     * The address a limit counts: an IPv4 address as it is, an IPv6 address by its /64 prefix (one
     * subscriber's network: its host part is the subscriber's to change at will), anything else as
     * {@code unknown}.
     */
    public static String addressKey(String address) {
        if (address == null) {
            return "unknown";
        }
        String plain = address.trim();
        int zone = plain.indexOf('%');
        if (zone >= 0) {
            plain = plain.substring(0, zone);
        }
        if (plain.startsWith("[") && plain.endsWith("]")) {
            plain = plain.substring(1, plain.length() - 1);
        }
        if (IPV4.matcher(plain).matches()) {
            return plain;
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        if (lower.startsWith("::ffff:") && IPV4.matcher(lower.substring(7)).matches()) {
            return lower.substring(7);
        }
        String[] groups = IPV6.matcher(lower).matches() ? expand(lower) : null;
        return groups == null ? "unknown" : String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64";
    }

    /** The eight groups of an IPv6 address, each without leading zeros, or null when it is not one. */
    private static String[] expand(String address) {
        List<String> groups = new ArrayList<>();
        int gap = address.indexOf("::");
        if (gap < 0) {
            groups.addAll(List.of(address.split(":", -1)));
        } else {
            if (gap != address.lastIndexOf("::")) {
                return null;
            }
            List<String> head = split(address.substring(0, gap));
            List<String> tail = split(address.substring(gap + 2));
            int missing = 8 - head.size() - tail.size();
            if (missing < 1) {
                return null;
            }
            groups.addAll(head);
            groups.addAll(Collections.nCopies(missing, "0"));
            groups.addAll(tail);
        }
        if (groups.size() != 8) {
            return null;
        }
        String[] normal = new String[8];
        for (int i = 0; i < 8; i++) {
            String group = groups.get(i);
            if (!HEX_GROUP.matcher(group).matches()) {
                return null;
            }
            normal[i] = Integer.toHexString(Integer.parseInt(group, 16));
        }
        return normal;
    }

    private static List<String> split(String part) {
        return part.isEmpty() ? List.of() : List.of(part.split(":", -1));
    }

    /** The start of the Shanghai day of {@code now}: the daily limit's bucket. */
    public static Instant dayStart(Instant now) {
        return LocalDate.ofInstant(now, ShanghaiTime.ZONE).atStartOfDay(ShanghaiTime.ZONE).toInstant();
    }

    /** Seconds until the next Shanghai day, when an address over its daily limit may answer again. */
    public static long secondsUntilTomorrow(Instant now) {
        Instant tomorrow = LocalDate.ofInstant(now, ShanghaiTime.ZONE).plusDays(1).atStartOfDay(ShanghaiTime.ZONE)
                .toInstant();
        return Math.max(1, Duration.between(now, tomorrow).toSeconds());
    }

    /** The start of the fixed burst window of {@code minutes} that holds {@code now}. */
    public static Instant windowStart(Instant now, int minutes) {
        long length = minutes * 60L;
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), length) * length);
    }

    /**
     * The flags of a response, given the responses of its window counted with it: for its unit from its
     * address, and for its unit with its very answers. Flags never name the address.
     */
    public static List<ResponseFlag> flags(PublicLink link, int fromAddress, int identical) {
        List<ResponseFlag> flags = new ArrayList<>();
        if (fromAddress > link.burstPerAddress()) {
            flags.add(new ResponseFlag(ADDRESS_BURST, link.burstWindowMinutes() + " 分钟内同一网络地址对该单位的第 "
                    + fromAddress + " 份答卷(上限 " + link.burstPerAddress() + ")/ response " + fromAddress
                    + " for this unit from one address within " + link.burstWindowMinutes() + " minutes (more than "
                    + link.burstPerAddress() + ")"));
        }
        if (identical > link.burstIdenticalAnswers()) {
            flags.add(new ResponseFlag(IDENTICAL_ANSWERS, link.burstWindowMinutes() + " 分钟内对该单位答案完全相同的第 "
                    + identical + " 份答卷(上限 " + link.burstIdenticalAnswers() + ")/ response " + identical
                    + " with the very same answers for this unit within " + link.burstWindowMinutes() + " minutes"
                    + " (more than " + link.burstIdenticalAnswers() + ")"));
        }
        return List.copyOf(flags);
    }

    /** What identical answers have in common: a digest of the unit and each question's option, in question order. */
    public static String answersDigest(CheckedResponse response) {
        StringBuilder text = new StringBuilder(response.unit());
        for (CheckedAnswer answer : response.answers()) {
            text.append('|').append(answer.question()).append('=').append(answer.option());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
