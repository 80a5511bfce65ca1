package cn.kaohe.evaluations.surveys;

import java.time.OffsetDateTime;
import java.util.UUID;

/** 社会评价问卷 as the API shows it. */
public record Survey(UUID id, String cycle, String code, String title, SurveyStatus status, long version,
                     OffsetDateTime createdAt, String createdBy) {
}
