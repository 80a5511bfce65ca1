import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo survey (社会评价): the seeded draft defined as the seeds describe it (两代表一委员 0.3, 上级对口部门 0.2,
 * 群众 0.3, 服务对象 0.2; every group rates every unit), opened, and answered through the public endpoints as
 * respondents would: invitation tokens for deputies, departments and service users, the public link with its
 * proof of work for citizens. About three hundred answers from fixed formulas, so every unit has a social
 * score; 高新区 has only three service users, below that group's minimum, so its flag shows. A second run
 * answers only what is still pending.
 */
final class DemoSurvey {
    static final String EVALUATIONS = "/api/evaluations/v1";
    /** A respondent group as the survey defines it, and how many invitations it gets (0: it answers by the public link). */
    record GroupSeed(String code, String name, double weight, int minimumResponses, boolean anonymous, int invitations) {
        boolean byPublicLink() {
            return invitations == 0;
        }
    }

    static final List<GroupSeed> GROUPS = List.of(
            new GroupSeed("DEPUTIES", "两代表一委员", 0.3, 5, true, 10),
            new GroupSeed("SUPERIOR_DEPARTMENTS", "上级对口部门", 0.2, 3, false, 5),
            new GroupSeed("PUBLIC", "群众", 0.3, 5, true, 0),
            new GroupSeed("SERVICE_USERS", "服务对象", 0.2, 5, true, 6));
    static final int CITIZENS = 5;
    static final String SHORT_OF_SERVICE_USERS = "GAOXIN";
    static final String[][] QUESTIONS = {{"Q1", "工作作风", "1"}, {"Q2", "服务质量", "1"}, {"Q3", "发展成效", "2"}};

    private final DemoApi api;

    DemoSurvey(DemoApi api) {
        this.api = api;
    }

    void load() throws Exception {
        String office = api.token("office");
        String list = api.expect(office, "GET", EVALUATIONS + "/surveys?cycle=" + DemoCounty.CYCLE, null, 200);
        String id = DemoApi.field(list, "id");
        String path = EVALUATIONS + "/surveys/" + id;
        if (list.contains("\"status\":\"DRAFT\"")) {
            int version = Integer.parseInt(DemoApi.number(list, "version"));
            String defined = api.expect(office, "PUT", path, definition(DemoApi.field(list, "title"), version), 200);
            api.expect(office, "POST", path + "/opening", "{\"version\":" + DemoApi.number(defined, "version") + "}", 200);
            List<String> everyUnit = DemoCounty.UNITS.stream().map(DemoCounty.UnitSeed::code).toList();
            for (GroupSeed group : GROUPS) {
                if (!group.byPublicLink()) {
                    invite(office, path, group.code(), group.invitations(), everyUnit.stream()
                            .filter(unit -> !group.code().equals("SERVICE_USERS") || !unit.equals(SHORT_OF_SERVICE_USERS))
                            .toList());
                }
            }
            invite(office, path, "SERVICE_USERS", 3, List.of(SHORT_OF_SERVICE_USERS));
        }
        List<Runnable> work = new ArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        for (GroupSeed group : GROUPS) {
            if (group.byPublicLink()) {
                // 201 with the new link, or 409 with the live one in `current`: either names its code
                String link = DemoApi.field(api.expect(office, "POST", path + "/public-links",
                        "{\"group\":\"" + group.code() + "\"}", 201, 409), "code");
                for (int citizen = 1; citizen <= CITIZENS; citizen++) {
                    int respondent = citizen;
                    work.add(() -> answerByLink(link, group.code(), respondent, answered));
                }
                continue;
            }
            String sheet = api.expect(office, "GET", path + "/invitations/export?format=csv&group=" + group.code(), null, 200);
            Matcher tokens = Pattern.compile("/s/([A-Za-z0-9_-]{32})").matcher(sheet);
            for (int respondent = 1; tokens.find(); respondent++) {
                String token = tokens.group(1);
                int index = respondent;
                work.add(() -> answerInvitation(token, group.code(), index, answered));
            }
        }
        DemoApi.parallel(work);
        System.out.println("demo survey: " + answered.get() + " responses submitted now; social scores at " + path + "/scores");
    }

    private void invite(String office, String path, String group, int count, List<String> units) {
        api.expect(office, "POST", path + "/invitations", "{\"group\":\"" + group + "\",\"count\":" + count
                + ",\"units\":[\"" + String.join("\",\"", units) + "\"]}", 201);
    }

    private void answerInvitation(String token, String group, int respondent, AtomicInteger answered) {
        String invitation = EVALUATIONS + "/public/invitations/" + token;
        for (String unit : pending(api.respondent("GET", invitation, null).body())) {
            count(api.respondent("POST", invitation + "/responses", answers(group, respondent, unit, ""),
                    "Idempotency-Key", "demo-" + token + "-" + unit), unit, answered);
        }
    }

    private void answerByLink(String link, String group, int citizen, AtomicInteger answered) {
        String device = "demo-citizen-" + citizen;
        String path = EVALUATIONS + "/public/links/" + link;
        for (String unit : pending(api.respondent("GET", path, null, "X-Device-Id", device).body())) {
            String challenge = api.respondent("POST", path + "/challenges", "{}").body();
            String proof = ",\"proof\":{\"challenge\":\"" + DemoApi.field(challenge, "challenge") + "\",\"counter\":"
                    + solve(DemoApi.field(challenge, "nonce"), Integer.parseInt(DemoApi.number(challenge, "bits"))) + "}";
            count(api.respondent("POST", path + "/responses", answers(group, citizen, unit, proof), "X-Device-Id", device,
                    "Idempotency-Key", device + "-" + unit), unit, answered);
        }
    }

    /** The units a respondent's view lists as not yet answered. */
    private static List<String> pending(String view) {
        Matcher units = Pattern.compile("\"code\":\"([A-Z_]+)\",\"name\":\"[^\"]*\",\"answered\":false").matcher(view);
        List<String> pending = new ArrayList<>();
        while (units.find()) {
            pending.add(units.group(1));
        }
        return pending;
    }

    /** New responses are counted; a replayed receipt or a 409 (answered before) means it was there already. */
    private static void count(HttpResponse<String> response, String unit, AtomicInteger answered) {
        if (response.statusCode() == 201 && response.headers().firstValue("Idempotent-Replayed").isEmpty()) {
            answered.incrementAndGet();
        } else if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("demo survey: answering " + unit + " -> " + response.statusCode()
                    + ": " + response.body());
        }
    }

    /** The smallest counter whose SHA-256 over nonce + counter starts with {@code bits} zero bits. */
    static long solve(String nonce, int bits) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (long counter = 0; ; counter++) {
                byte[] hash = sha.digest((nonce + counter).getBytes(StandardCharsets.US_ASCII));
                int zeros = 0;
                for (int i = 0; i < hash.length && zeros < bits; i++) {
                    int leading = Integer.numberOfLeadingZeros(hash[i] & 0xff) - 24;
                    zeros += leading;
                    if (leading < 8) {
                        break;
                    }
                }
                if (zeros >= bits) {
                    return counter;
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One respondent's answers for one unit: a fixed draw per respondent and question, leaning towards
     * satisfied where the unit's mood is high (汉阴), less so where it is low (白河, the year of its accident;
     * 镇坪); citizens and service users sometimes do not know (不了解).
     */
    static String answers(String group, int respondent, String unit, String extra) {
        double mood = switch (unit) {
            case "HANYIN" -> 0.95; case "BAIHE" -> 0.5; case "ZHENPING" -> 0.65; case "SHIQUAN", "HANBIN" -> 0.88;
            default -> 0.7 + Math.floorMod(unit.hashCode(), 20) / 100.0;
        };
        StringBuilder body = new StringBuilder("{\"unit\":\"" + unit + "\",\"answers\":[");
        for (String[] question : QUESTIONS) {
            java.util.Random draw = new java.util.Random((group + respondent + unit + question[0]).hashCode());
            double r = draw.nextDouble();
            boolean mayNotKnow = group.equals("PUBLIC") || group.equals("SERVICE_USERS");
            String option = mayNotKnow && draw.nextDouble() < 0.06 ? "UNKNOWN"
                    : r < mood * 0.7 ? "SATISFIED" : r < mood * 0.7 + 0.2 ? "FAIRLY_SATISFIED"
                    : r < 0.97 - (1 - mood) * 0.2 ? "BASICALLY_SATISFIED" : "DISSATISFIED";
            body.append(question == QUESTIONS[0] ? "" : ",").append("{\"question\":\"").append(question[0])
                    .append("\",\"option\":\"").append(option).append("\"}");
        }
        return body.append("]").append(extra).append("}").toString();
    }

    static String definition(String title, int version) {
        StringBuilder questions = new StringBuilder();
        for (String[] question : QUESTIONS) {
            questions.append(questions.isEmpty() ? "" : ",").append(DemoCounty.json("code", question[0], "text", question[1],
                    "weight", Integer.parseInt(question[2])));
        }
        StringBuilder units = new StringBuilder();
        for (DemoCounty.UnitSeed unit : DemoCounty.UNITS) {
            units.append(units.isEmpty() ? "" : ",").append(DemoCounty.json("code", unit.code(), "name", unit.name()));
        }
        StringBuilder groups = new StringBuilder();
        for (GroupSeed group : GROUPS) {
            String one = DemoCounty.json("code", group.code(), "name", group.name(), "weight", group.weight(),
                    "minimumResponses", group.minimumResponses());
            groups.append(groups.isEmpty() ? "" : ",").append(one, 0, one.length() - 1)
                    .append(",\"anonymous\":").append(group.anonymous()).append(",\"units\":[").append(units).append("]}");
        }
        return "{\"title\":\"" + title + "\",\"version\":" + version + ",\"trimAbove\":5,\"questions\":["
                + questions + "],\"groups\":[" + groups + "]}";
    }
}
