package cn.kaohe.indicators.factrecords;

import cn.kaohe.defaults.security.Caller;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features (evidence) may ask of the office's fact records. */
@Component
public class FactRecords {

    private final FactRecordRepository facts;

    FactRecords(FactRecordRepository facts) {
        this.facts = facts;
    }

    /** The fact if the caller may read it (a unit's user only its own unit's), else empty. */
    public Mono<FactRecord> visible(String cycle, FactKind kind, UUID id, Caller caller) {
        return facts.find(cycle, kind, id).filter(fact -> caller.mayAccessUnit(fact.unit()));
    }
}
