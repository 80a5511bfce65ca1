package cn.kaohe.indicators.warnings;

import java.util.UUID;

/** What a warning round decides on about an open warning: which line it is for and how red it is. */
public record OpenWarning(UUID id, String unit, String indicator, String colour) {
}
