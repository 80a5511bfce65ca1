package cn.kaohe.indicators.cycles;

import java.time.OffsetDateTime;

/** 考核年度: an assessment cycle as the API shows it. */
public record Cycle(String code, String name, int year, CycleStatus status, long version,
                    OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt) {
}
