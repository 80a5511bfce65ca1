package cn.kaohe.evaluations;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Instants are shown with the Asia/Shanghai offset, as the API conventions ask. */
public final class ShanghaiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ShanghaiTime() {
    }

    public static OffsetDateTime of(OffsetDateTime instant) {
        return instant == null ? null : instant.atZoneSameInstant(ZONE).toOffsetDateTime();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZONE);
    }
}
