package cn.kaohe.indicators.warnings;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The indicator warnings as other features (exports) read them. */
@Component
public class Warnings {

    private final WarningRepository warnings;

    Warnings(WarningRepository warnings) {
        this.warnings = warnings;
    }

    /** The cycle's warnings, newest first; {@code addressee} narrows to those of or addressed to one unit. */
    public Flux<Warning> list(String cycle, String status, String addressee) {
        return warnings.list(cycle, status, addressee);
    }
}
