package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.indicators.system.IndicatorLevel;
import io.netty.buffer.ByteBuf;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The bulk side of the import: what the workbook is checked against, and the targets written with
 * PostgreSQL's COPY on the connection of the surrounding transaction.
 */
@Repository
class ImportRepository {

    private final DatabaseClient db;

    ImportRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ImportContext> context(String cycle, int cycleYear) {
        Mono<Map<String, Integer>> units = db.sql("SELECT code FROM unit ORDER BY code")
                .map((row, meta) -> row.get("code", String.class)).all()
                .collect(HashMap::new, (index, code) -> index.put(code, index.size()));
        Mono<Map<String, ImportContext.ExistingIndicator>> indicators = db.sql("SELECT i.code, i.level, EXISTS (SELECT 1"
                        + " FROM indicator c WHERE c.cycle = i.cycle AND c.parent_code = i.code) AS has_children"
                        + " FROM indicator i WHERE i.cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> Map.entry(row.get("code", String.class), new ImportContext.ExistingIndicator(
                        IndicatorLevel.valueOf(row.get("level", String.class)),
                        Boolean.TRUE.equals(row.get("has_children", Boolean.class)))))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
        Mono<HashSet<String>> signed = db.sql("SELECT unit_code FROM target_letter WHERE cycle = :cycle")
                .bind("cycle", cycle).map((row, meta) -> row.get("unit_code", String.class)).all()
                .collect(HashSet::new, HashSet::add);
        return Mono.zip(units, indicators, signed)
                .map(all -> new ImportContext(cycleYear, all.getT1(), all.getT2(), all.getT3()));
    }

    /** The cycle's existing targets as unit × leaf pairs, streamed into a bit set. */
    Mono<BitSet> existingTargets(String cycle, ImportContext context, IndicatorPlan plan) {
        int leaves = plan.leafIndex().size();
        return db.sql("SELECT unit_code, indicator_code FROM target WHERE cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> {
                    Integer unit = context.unitIndex().get(row.get("unit_code", String.class));
                    Integer indicator = plan.leafIndex().get(row.get("indicator_code", String.class));
                    return unit == null || indicator == null ? -1 : TargetSheet.pair(unit, indicator, leaves);
                })
                .all()
                .collect(BitSet::new, (pairs, pair) -> {
                    if (pair >= 0) {
                        pairs.set(pair);
                    }
                });
    }

    /** COPY of target lines (text format); joins the caller's transaction. */
    Mono<Long> copyTargets(Publisher<ByteBuf> lines) {
        return db.inConnection(connection -> postgres(connection).copyIn("COPY target (cycle, unit_code, indicator_code,"
                + " target_value, points, responsible_unit, co_units, updated_by) FROM STDIN", lines));
    }

    private static PostgresqlConnection postgres(Connection connection) {
        Object current = connection;
        while (!(current instanceof PostgresqlConnection) && current instanceof Wrapped<?> wrapped) {
            current = wrapped.unwrap();
        }
        if (current instanceof PostgresqlConnection postgres) {
            return postgres;
        }
        throw new IllegalStateException("COPY needs a PostgreSQL connection, got " + connection.getClass());
    }
}
