package cn.kaohe.indicators.system;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indicator tree as other features (the spreadsheet import) write it: one checked node at a time. */
@Component
public class IndicatorSystem {

    private final IndicatorRepository indicators;

    IndicatorSystem(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    /** Inserts a node whose draft the caller has checked ({@link IndicatorDraft#violations}); joins the caller's transaction. */
    public Mono<Indicator> insert(String cycle, IndicatorDraft draft) {
        return indicators.insert(cycle, draft);
    }
}
