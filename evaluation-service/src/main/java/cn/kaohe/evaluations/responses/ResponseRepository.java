package cn.kaohe.evaluations.responses;

import cn.kaohe.evaluations.ShanghaiTime;
import cn.kaohe.evaluations.scores.Extremes;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ResponseRepository {

    private static final String COLUMNS = "r.id, r.survey_id, r.group_code, r.unit_code, r.invitation_id,"
            + " r.public_link_id, r.submitted_at, r.client_address, r.device_id, r.score, r.excluded, r.exclusion_reason,"
            + " r.version, r.flags::text AS flags";
    private static final String WITH_ANSWERS = COLUMNS + ", a.question_code, a.option_code, a.points, a.satisfied";
    private static final String FILTER = " WHERE survey_id = :survey AND (:unit::varchar IS NULL OR unit_code = :unit)"
            + " AND (:group::varchar IS NULL OR group_code = :group) AND (:excluded::boolean IS NULL OR excluded = :excluded)"
            + " AND (:flagged::boolean IS NULL OR (flags <> '[]'::jsonb) = :flagged)";
    private static final TypeReference<List<ResponseFlag>> FLAGS = new TypeReference<>() { };

    private final DatabaseClient db;
    private final JsonMapper json;

    ResponseRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Stores the response row; empty when its credential already answered this unit: the unique keys
     * (invitation × unit, public link × device × unit) decide, also between concurrent submissions.
     */
    Mono<OffsetDateTime> insert(UUID id, UUID survey, CheckedResponse response, ResponseOrigin origin,
                                List<ResponseFlag> flags) {
        return db.sql("INSERT INTO response (id, survey_id, group_code, unit_code, invitation_id, public_link_id,"
                        + " client_address, device_id, score, flags) VALUES (:id, :survey, :group, :unit, :invitation,"
                        + " :link, :address, :device, :score, :flags::jsonb) ON CONFLICT DO NOTHING RETURNING submitted_at")
                .bind("id", id).bind("survey", survey).bind("group", response.group()).bind("unit", response.unit())
                .bind("invitation", Parameter.fromOrEmpty(origin.invitation(), UUID.class))
                .bind("link", Parameter.fromOrEmpty(origin.publicLink(), UUID.class))
                .bind("address", Parameter.fromOrEmpty(origin.clientAddress(), String.class))
                .bind("device", Parameter.fromOrEmpty(origin.deviceId(), String.class))
                .bind("score", Parameter.fromOrEmpty(response.score(), BigDecimal.class))
                .bind("flags", json.writeValueAsString(flags))
                .map((row, meta) -> ShanghaiTime.of(row.get("submitted_at", OffsetDateTime.class)))
                .one();
    }

    /** The units a device has rated through a public link (the unique index's prefix answers it). */
    Flux<String> unitsRatedOnDevice(UUID link, String device) {
        return db.sql("SELECT unit_code FROM response WHERE public_link_id = :link AND device_id = :device")
                .bind("link", link).bind("device", device)
                .map((row, meta) -> row.get("unit_code", String.class)).all();
    }

    Mono<Void> insertAnswers(UUID id, List<CheckedAnswer> answers) {
        int n = answers.size();
        String[] questions = new String[n];
        String[] options = new String[n];
        String[] points = new String[n];
        Boolean[] satisfied = new Boolean[n];
        for (int i = 0; i < n; i++) {
            CheckedAnswer answer = answers.get(i);
            questions[i] = answer.question();
            options[i] = answer.option();
            points[i] = answer.points() == null ? null : answer.points().toPlainString();
            satisfied[i] = answer.satisfied();
        }
        return db.sql("INSERT INTO response_answer (response_id, question_code, option_code, points, satisfied)"
                        + " SELECT :id, q, o, p::numeric, s FROM unnest(:questions::varchar[], :options::varchar[],"
                        + " :points::varchar[], :satisfied::boolean[]) AS x(q, o, p, s)")
                .bind("id", id).bind("questions", questions).bind("options", options).bind("points", points)
                .bind("satisfied", satisfied)
                .fetch().rowsUpdated().then();
    }

    Mono<Boolean> any(UUID survey) {
        return db.sql("SELECT EXISTS (SELECT 1 FROM response WHERE survey_id = :survey) AS present")
                .bind("survey", survey).map((row, meta) -> row.get("present", Boolean.class)).one();
    }

    Mono<Response> find(UUID survey, UUID id) {
        return db.sql("SELECT " + WITH_ANSWERS + " FROM response r LEFT JOIN response_answer a ON a.response_id = r.id"
                        + " WHERE r.survey_id = :survey AND r.id = :id ORDER BY a.question_code")
                .bind("survey", survey).bind("id", id)
                .map((row, meta) -> row(row)).all()
                .collectList()
                .flatMap(rows -> rows.isEmpty() ? Mono.empty() : Mono.just(assemble(rows)));
    }

    Flux<Response> page(UUID survey, Filter filter, long offset, int limit) {
        return bind(db.sql("SELECT " + WITH_ANSWERS + " FROM (SELECT * FROM response" + FILTER
                        + " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset) r"
                        + " LEFT JOIN response_answer a ON a.response_id = r.id"
                        + " ORDER BY r.submitted_at, r.id, a.question_code"), survey, filter)
                .bind("limit", limit).bind("offset", offset)
                .map((row, meta) -> row(row)).all()
                .bufferUntilChanged(Row::id)
                .map(ResponseRepository::assemble);
    }

    Mono<Long> count(UUID survey, Filter filter) {
        return bind(db.sql("SELECT count(*) AS n FROM response" + FILTER), survey, filter)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /**
     * Every matching response with its answers in submission order, through a cursor: rows are fetched
     * from PostgreSQL as the consumer asks for them, so an export of a million responses holds none in memory.
     */
    Flux<Response> stream(UUID survey, String unit, String group) {
        return db.sql("SELECT " + WITH_ANSWERS + " FROM response r LEFT JOIN response_answer a ON a.response_id = r.id"
                        + " WHERE r.survey_id = :survey AND (:unit::varchar IS NULL OR r.unit_code = :unit)"
                        + " AND (:group::varchar IS NULL OR r.group_code = :group)"
                        + " ORDER BY r.submitted_at, r.id, a.question_code")
                .filter(statement -> statement.fetchSize(1000))
                .bind("survey", survey).bind("unit", Parameter.fromOrEmpty(unit, String.class))
                .bind("group", Parameter.fromOrEmpty(group, String.class))
                .map((row, meta) -> row(row)).all()
                .bufferUntilChanged(Row::id)
                .map(ResponseRepository::assemble);
    }

    /** Moves a response in or out of the counts if {@code version} is current; empty otherwise. */
    Mono<Long> setExcluded(UUID survey, UUID id, long version, boolean excluded, String reason) {
        return db.sql("UPDATE response SET excluded = :excluded, exclusion_reason = :reason, version = version + 1"
                        + " WHERE survey_id = :survey AND id = :id AND version = :version AND excluded = NOT :excluded"
                        + " RETURNING version")
                .bind("survey", survey).bind("id", id).bind("version", version).bind("excluded", excluded)
                .bind("reason", Parameter.fromOrEmpty(excluded ? reason : null, String.class))
                .map((row, meta) -> row.get("version", Long.class)).one();
    }

    Mono<Void> logExclusion(UUID response, String action, String reason, String author) {
        return db.sql("INSERT INTO response_exclusion (id, response_id, action, reason, author)"
                        + " VALUES (:id, :response, :action, :reason, :author)")
                .bind("id", UUID.randomUUID()).bind("response", response).bind("action", action)
                .bind("reason", reason).bind("author", author)
                .fetch().rowsUpdated().then();
    }

    Flux<Response.Exclusion> history(UUID response) {
        return db.sql("SELECT action, reason, author, at FROM response_exclusion WHERE response_id = :response"
                        + " ORDER BY at, id")
                .bind("response", response)
                .map((row, meta) -> new Response.Exclusion(row.get("action", String.class), row.get("reason", String.class),
                        row.get("author", String.class), ShanghaiTime.of(row.get("at", OffsetDateTime.class))))
                .all();
    }

    /** The extremes of a unit × group's valid responses, from the partial index on their scores. */
    Mono<Extremes> extremes(UUID survey, String unit, String group) {
        return db.sql("SELECT min(score) AS low, max(score) AS high FROM response WHERE survey_id = :survey"
                        + " AND unit_code = :unit AND group_code = :group AND NOT excluded AND score IS NOT NULL")
                .bind("survey", survey).bind("unit", unit).bind("group", group)
                .map((row, meta) -> new Extremes(row.get("low", BigDecimal.class), row.get("high", BigDecimal.class)))
                .one();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, UUID survey,
                                                          Filter filter) {
        return spec.bind("survey", survey).bind("unit", Parameter.fromOrEmpty(filter.unit(), String.class))
                .bind("group", Parameter.fromOrEmpty(filter.group(), String.class))
                .bind("excluded", Parameter.fromOrEmpty(filter.excluded(), Boolean.class))
                .bind("flagged", Parameter.fromOrEmpty(filter.flagged(), Boolean.class));
    }

    /** Which responses a list shows (null: any). */
    record Filter(String unit, String group, Boolean excluded, Boolean flagged) {
    }

    /** One joined row: a response's columns and one of its answers (null columns when it has none). */
    private record Row(UUID id, UUID survey, String group, String unit, UUID invitation, UUID link,
                       OffsetDateTime submittedAt, String address, String device, BigDecimal score, boolean excluded,
                       String reason, long version, List<ResponseFlag> flags, CheckedAnswer answer) {
    }

    private Row row(io.r2dbc.spi.Readable row) {
        String question = row.get("question_code", String.class);
        CheckedAnswer answer = question == null ? null : new CheckedAnswer(question, row.get("option_code", String.class),
                strip(row.get("points", BigDecimal.class)), Boolean.TRUE.equals(row.get("satisfied", Boolean.class)));
        String flags = row.get("flags", String.class);
        return new Row(row.get("id", UUID.class), row.get("survey_id", UUID.class), row.get("group_code", String.class),
                row.get("unit_code", String.class), row.get("invitation_id", UUID.class),
                row.get("public_link_id", UUID.class), ShanghaiTime.of(row.get("submitted_at", OffsetDateTime.class)),
                row.get("client_address", String.class), row.get("device_id", String.class),
                strip(row.get("score", BigDecimal.class)), Boolean.TRUE.equals(row.get("excluded", Boolean.class)),
                row.get("exclusion_reason", String.class), row.get("version", Long.class),
                flags == null || flags.equals("[]") ? List.of() : List.copyOf(json.readValue(flags, FLAGS)), answer);
    }

    private static Response assemble(List<Row> rows) {
        Row first = rows.get(0);
        List<CheckedAnswer> answers = new ArrayList<>();
        for (Row row : rows) {
            if (row.answer() != null) {
                answers.add(row.answer());
            }
        }
        return new Response(first.id(), first.survey(), first.group(), first.unit(), first.submittedAt(), first.score(),
                first.excluded(), first.reason(), first.version(), first.invitation(), first.link(), first.address(),
                first.device(), first.flags(), List.copyOf(answers), List.of());
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
