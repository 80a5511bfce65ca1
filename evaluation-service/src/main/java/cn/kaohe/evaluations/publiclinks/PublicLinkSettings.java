package cn.kaohe.evaluations.publiclinks;

import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.web.FieldRules;
import cn.kaohe.evaluations.surveys.RespondentGroup;
import cn.kaohe.evaluations.surveys.SurveyDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * What the office sends to create a public link ({@code group} required, the rest defaulted) or to
 * change its settings ({@code version} required, {@code group} unchanged or left out).
 */
public record PublicLinkSettings(String group, Integer addressDailyLimit, Integer proofOfWorkBits,
                                 Integer burstWindowMinutes, Integer burstPerAddress, Integer burstIdenticalAnswers,
                                 Long version) {

    /** Many phones share one address behind a carrier's NAT: the default leaves room for them. */
    public static final int DEFAULT_ADDRESS_DAILY_LIMIT = 50;
    /** About 2^18 hashes: half a second or so on a phone, in the background while the respondent answers. */
    public static final int DEFAULT_PROOF_BITS = 18;
    public static final int DEFAULT_BURST_WINDOW_MINUTES = 10;
    public static final int DEFAULT_BURST_PER_ADDRESS = 5;
    public static final int DEFAULT_BURST_IDENTICAL = 20;

    public int dailyLimit() {
        return addressDailyLimit == null ? DEFAULT_ADDRESS_DAILY_LIMIT : addressDailyLimit;
    }

    public int bits() {
        return proofOfWorkBits == null ? DEFAULT_PROOF_BITS : proofOfWorkBits;
    }

    public int windowMinutes() {
        return burstWindowMinutes == null ? DEFAULT_BURST_WINDOW_MINUTES : burstWindowMinutes;
    }

    public int perAddress() {
        return burstPerAddress == null ? DEFAULT_BURST_PER_ADDRESS : burstPerAddress;
    }

    public int identical() {
        return burstIdenticalAnswers == null ? DEFAULT_BURST_IDENTICAL : burstIdenticalAnswers;
    }

    /** For a new link: the group exists in the survey and is anonymous (a public link knows nobody). */
    public List<FieldViolation> violationsToCreate(SurveyDefinition definition) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldRules.code(errors, "$.group", group);
        if (errors.isEmpty()) {
            RespondentGroup known = definition.group(group);
            if (known == null) {
                errors.add(new FieldViolation("$.group", "unknown-group", "问卷无此评价群体 / the survey has no group " + group));
            } else if (!known.hidesIdentity()) {
                errors.add(new FieldViolation("$.group", "group-not-anonymous",
                        "公开链接只用于匿名群体(如群众、服务对象)/ public links are for anonymous groups only"));
            } else if (known.units().isEmpty()) {
                errors.add(new FieldViolation("$.group", "no-units", "该群体尚无被评价单位 / the group rates no unit yet"));
            }
        }
        limits(errors);
        return errors;
    }

    /** For a change: the version read, the same group (a link never moves to another group). */
    public List<FieldViolation> violationsToChange(PublicLink current) {
        List<FieldViolation> errors = new ArrayList<>();
        if (version == null) {
            errors.add(new FieldViolation("$.version", "required", "须带版本号 / send the version you read"));
        }
        if (group != null && !group.equals(current.group())) {
            errors.add(new FieldViolation("$.group", "immutable", "链接的群体不能更改 / a link keeps its group"));
        }
        limits(errors);
        return errors;
    }

    private void limits(List<FieldViolation> errors) {
        range(errors, "$.addressDailyLimit", addressDailyLimit, 1, 100_000);
        range(errors, "$.proofOfWorkBits", proofOfWorkBits, 8, 26);
        range(errors, "$.burstWindowMinutes", burstWindowMinutes, 1, 1440);
        range(errors, "$.burstPerAddress", burstPerAddress, 1, 100_000);
        range(errors, "$.burstIdenticalAnswers", burstIdenticalAnswers, 1, 100_000);
    }

    private static void range(List<FieldViolation> errors, String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldViolation(path, "out-of-range", "应在 " + min + "–" + max + " 之间 / must be " + min + ".." + max));
        }
    }
}
