package cn.kaohe.indicators.units;

import java.time.OffsetDateTime;

/** 被考核单位 as the API shows it. */
public record Unit(String code, String name, UnitKind kind, String parent, String keycloakGroup, long version,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
