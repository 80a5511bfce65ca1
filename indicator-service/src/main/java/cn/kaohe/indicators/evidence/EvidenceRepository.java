package cn.kaohe.indicators.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class EvidenceRepository {

    private static final String COLUMNS = "id, cycle, owner_kind, owner_id, unit_code, file_name, media_type, size_bytes,"
            + " sha256, uploaded_by, uploaded_at";

    private final DatabaseClient db;

    EvidenceRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Evidence> insert(Evidence evidence) {
        return db.sql("INSERT INTO evidence (" + COLUMNS.replace(", uploaded_at", "") + ") VALUES (:id, :cycle, :owner,"
                        + " :ownerId, :unit, :fileName, :mediaType, :size, :sha256, :uploadedBy) RETURNING " + COLUMNS)
                .bind("id", evidence.id()).bind("cycle", evidence.cycle()).bind("owner", evidence.owner())
                .bind("ownerId", evidence.ownerId()).bind("unit", evidence.unit())
                .bind("fileName", evidence.fileName()).bind("mediaType", evidence.mediaType())
                .bind("size", evidence.size()).bind("sha256", evidence.sha256())
                .bind("uploadedBy", evidence.uploadedBy())
                .map((row, meta) -> map(row)).one();
    }

    Mono<Evidence> find(String cycle, UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM evidence WHERE cycle = :cycle AND id = :id")
                .bind("cycle", cycle).bind("id", id).map((row, meta) -> map(row)).one();
    }

    Flux<Evidence> ofOwner(String owner, UUID ownerId) {
        return db.sql("SELECT " + COLUMNS + " FROM evidence WHERE owner_kind = :owner AND owner_id = :ownerId"
                        + " ORDER BY uploaded_at, id")
                .bind("owner", owner).bind("ownerId", ownerId).map((row, meta) -> map(row)).all();
    }

    private static Evidence map(io.r2dbc.spi.Readable row) {
        return new Evidence(row.get("id", UUID.class), row.get("cycle", String.class),
                row.get("owner_kind", String.class), row.get("owner_id", UUID.class), row.get("unit_code", String.class),
                row.get("file_name", String.class), row.get("media_type", String.class),
                row.get("size_bytes", Long.class), row.get("sha256", String.class), row.get("uploaded_by", String.class),
                row.get("uploaded_at", OffsetDateTime.class));
    }
}
