package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.defaults.transactions.Transactions;
import java.util.function.Function;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.indicators.cycles.Cycles;
import cn.kaohe.indicators.system.IndicatorDraft;
import cn.kaohe.indicators.system.IndicatorSystem;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Imports an indicator system and targets from a workbook on disk, all or nothing: the indicator
 * sheet is read and checked first (it is small), then the target sheet streams through its checks
 * straight into a COPY, in one transaction with the indicator inserts. Any error anywhere rolls
 * everything back and answers the report. Parsing runs on bounded-elastic threads, never on an event
 * loop.
 */
@Component
class WorkbookImport {

    private final Cycles cycles;
    private final ImportRepository repository;
    private final IndicatorSystem indicators;
    private final TransactionalOperator transaction;

    WorkbookImport(Cycles cycles, ImportRepository repository, IndicatorSystem indicators,
                   TransactionalOperator transaction) {
        this.cycles = cycles;
        this.repository = repository;
        this.indicators = indicators;
        this.transaction = transaction;
    }

    Mono<ImportSummary> run(String cycle, Path file, String fileName, String author) {
        ImportReport report = new ImportReport();
        return cycles.year(cycle)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("考核年度不存在 / no cycle " + cycle)))
                .flatMap(year -> repository.context(cycle, year))
                .flatMap(context -> Mono.fromCallable(() -> indicatorPlan(file, context, report))
                        .subscribeOn(Schedulers.boundedElastic())
                        .flatMap(plan -> repository.existingTargets(cycle, context, plan)
                                .flatMap(existing -> store(cycle, file, fileName, author, context, plan, existing,
                                        report))));
    }

    private IndicatorPlan indicatorPlan(Path file, ImportContext context, ImportReport report) throws IOException {
        try (ReadableWorkbook workbook = open(file);
             Stream<Row> rows = sheet(workbook, TemplateColumns.INDICATOR_SHEET, report)) {
            IndicatorSheet sheet = new IndicatorSheet(context, report);
            sheet.read(rows::iterator);
            return sheet.check();
        }
    }

    private Mono<ImportSummary> store(String cycle, Path file, String fileName, String author, ImportContext context,
                                      IndicatorPlan plan, BitSet existing, ImportReport report) {
        long[] targets = new long[1];
        Mono<Long> inserted = Flux.fromIterable(plan.toInsert())
                .filter(draft -> report.isClean())
                .concatMap(draft -> indicators.insert(cycle, draft))
                .count();
        Flux<ByteBuf> lines = Flux.<ByteBuf, TargetReading>generate(
                        () -> new TargetReading(file, report, reader -> new TargetSheet(cycle, author, context, plan,
                                existing, report, reader)),
                        (reading, sink) -> {
                            byte[] chunk = reading.sheet().nextChunk();
                            if (chunk == null) {
                                targets[0] = reading.sheet().validRows();
                                sink.complete();
                            } else {
                                sink.next(Unpooled.wrappedBuffer(chunk));
                            }
                            return reading;
                        },
                        TargetReading::close)
                .subscribeOn(Schedulers.boundedElastic());
        Mono<ImportSummary> all = inserted.flatMap(count -> repository.copyTargets(lines)
                .flatMap(copied -> report.isClean()
                        ? Mono.just(new ImportSummary(cycle, fileName, count, copied))
                        : Mono.error(report.problem())));
        return Transactions.toTheEnd(transaction.transactional(all));
    }

    /** The target sheet open for streaming: its workbook and row stream are closed when the COPY ends. */
    private static final class TargetReading {
        private final ReadableWorkbook workbook;
        private final Stream<Row> rows;
        private final TargetSheet sheet;

        TargetReading(Path file, ImportReport report, Function<Iterator<Row>, TargetSheet> sheet) {
            try {
                this.workbook = open(file);
                this.rows = WorkbookImport.sheet(workbook, TemplateColumns.TARGET_SHEET, report);
                this.sheet = sheet.apply(rows.iterator());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        TargetSheet sheet() {
            return sheet;
        }

        void close() {
            rows.close();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the file is deleted after the import anyway
            }
        }
    }

    private static ReadableWorkbook open(Path file) throws IOException {
        try {
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException unreadable) {
            throw ProblemException.invalid("$.file", "unreadable-workbook",
                    "无法读取该 xlsx 文件 / the file is not a readable .xlsx workbook");
        }
    }

    /** The sheet's rows; a missing sheet is reported and reads as empty. */
    private static Stream<Row> sheet(ReadableWorkbook workbook, String name, ImportReport report) throws IOException {
        Optional<Sheet> sheet = workbook.findSheet(name);
        if (sheet.isEmpty()) {
            report.add(name, 0, null, null, "missing-sheet", "缺少工作表 / the workbook has no sheet \"" + name + "\"");
            return Stream.empty();
        }
        return sheet.get().openStream();
    }
}
