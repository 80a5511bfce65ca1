package cn.kaohe.indicators.spreadsheets;

import java.util.HashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** What exports look up besides their rows: the names of units, indicators and projects (small, one query each). */
@Repository
class SpreadsheetRepository {

    private final DatabaseClient db;

    SpreadsheetRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Names> names(String cycle) {
        Mono<Map<String, String>> units = db.sql("SELECT code, name FROM unit")
                .map((row, meta) -> Map.entry(row.get("code", String.class), row.get("name", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
        Mono<Map<String, String[]>> indicators = db.sql("SELECT code, name, unit_of_measure FROM indicator WHERE cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> Map.entry(row.get("code", String.class),
                        new String[] {row.get("name", String.class), row.get("unit_of_measure", String.class)}))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
        Mono<Map<String, String>> projects = db.sql("SELECT code, name FROM key_project WHERE cycle = :cycle")
                .bind("cycle", cycle)
                .map((row, meta) -> Map.entry(row.get("code", String.class), row.get("name", String.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
        return Mono.zip(units, indicators, projects).map(all -> new Names(all.getT1(), all.getT2(), all.getT3()));
    }
}
