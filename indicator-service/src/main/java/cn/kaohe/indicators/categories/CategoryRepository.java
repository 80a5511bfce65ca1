package cn.kaohe.indicators.categories;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class CategoryRepository {

    private final DatabaseClient db;

    CategoryRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Category> insert(String cycle, NewCategory category) {
        return db.sql("INSERT INTO category (cycle, code, name) VALUES (:cycle, :code, :name) RETURNING cycle, code, name")
                .bind("cycle", cycle).bind("code", category.code()).bind("name", category.name())
                .map((row, meta) -> new Category(row.get("cycle", String.class), row.get("code", String.class),
                        row.get("name", String.class)))
                .one();
    }

    Flux<Category> ofCycle(String cycle) {
        return db.sql("SELECT cycle, code, name FROM category WHERE cycle = :cycle ORDER BY code")
                .bind("cycle", cycle)
                .map((row, meta) -> new Category(row.get("cycle", String.class), row.get("code", String.class),
                        row.get("name", String.class)))
                .all();
    }

    /** A placement and the category it replaced (null for a first placement). */
    record Placed(UnitCategory placement, String before) {
    }

    /**
     * Places a unit in a category for the cycle, replacing its earlier placement, which is locked and read
     * first. Run in a transaction.
     */
    Mono<Placed> place(String cycle, String unit, String category) {
        Mono<java.util.Optional<String>> before = db.sql("SELECT category FROM unit_category WHERE cycle = :cycle"
                        + " AND unit_code = :unit FOR UPDATE")
                .bind("cycle", cycle).bind("unit", unit)
                .map((row, meta) -> java.util.Optional.of(row.get("category", String.class))).one()
                .defaultIfEmpty(java.util.Optional.empty());
        return before.flatMap(earlier -> db.sql("INSERT INTO unit_category (cycle, unit_code, category)"
                        + " VALUES (:cycle, :unit, :category)"
                        + " ON CONFLICT (cycle, unit_code) DO UPDATE SET category = excluded.category"
                        + " RETURNING cycle, unit_code, category")
                .bind("cycle", cycle).bind("unit", unit).bind("category", category)
                .map((row, meta) -> new Placed(new UnitCategory(row.get("cycle", String.class),
                        row.get("unit_code", String.class), row.get("category", String.class)), earlier.orElse(null)))
                .one());
    }

    Flux<UnitCategory> placements(String cycle, String onlyUnit) {
        return db.sql("SELECT cycle, unit_code, category FROM unit_category WHERE cycle = :cycle"
                        + " AND (:unit::varchar IS NULL OR unit_code = :unit) ORDER BY unit_code")
                .bind("cycle", cycle).bind("unit", Parameter.fromOrEmpty(onlyUnit, String.class))
                .map((row, meta) -> new UnitCategory(row.get("cycle", String.class), row.get("unit_code", String.class),
                        row.get("category", String.class)))
                .all();
    }
}
