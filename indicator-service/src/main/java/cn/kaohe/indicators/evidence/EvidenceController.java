package cn.kaohe.indicators.evidence;

import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.factrecords.FactKind;
import cn.kaohe.indicators.factrecords.FactRecords;
import cn.kaohe.indicators.progress.ProgressReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 佐证材料: evidence files of progress reports and of the office's fact records, uploaded and read as streams. */
@RestController
@RequestMapping("/api/indicators/v1/cycles/{cycle}")
@Tag(name = "evidence", description = "佐证材料 Evidence files")
class EvidenceController {

    /** How the OpenAPI document shows the multipart body. */
    record Upload(@Schema(type = "string", format = "binary",
            description = "pdf, jpg/jpeg, png, docx, xlsx or ofd; at most 20 MB") String file) {
    }

    private static final String LIMITS = " Body: multipart/form-data with exactly one part named `file`, at most "
            + "20 MB (`kaohe.evidence.max-size`; 413 `payload-too-large` beyond, `errors[0].path` `$.file`). Accepted: "
            + "pdf, jpg/jpeg, png, docx, xlsx, ofd, recognized by the content's first bytes (and, for the ZIP-based "
            + "docx, xlsx and ofd, the entries they must contain), which must agree with the file name's extension "
            + "and the part's Content-Type (415 `unsupported-media-type` with `$.file` `unsupported-type` or "
            + "`content-mismatch`); an empty file or a missing or extra part is 422. Nothing is stored unless the "
            + "whole file is accepted. 201 with the metadata: id, fileName, mediaType (as detected), size, sha256. "
            + "An `Idempotency-Key` makes a retry safe: the same key with the same file (name and content) answers "
            + "the first upload; with another file, 422.";
    private static final String READERS = "Roles: whoever may read the owner; unit reporters and leaders only their "
            + "own unit's (another unit's is 404).";
    private static final String FACT_KINDS = "{kinds:levels|adjustments|vetoes}";

    private final EvidenceUploads uploads;
    private final EvidenceRepository evidence;
    private final EvidenceStore store;
    private final ProgressReports reports;
    private final FactRecords facts;

    EvidenceController(EvidenceUploads uploads, EvidenceRepository evidence, EvidenceStore store,
                       ProgressReports reports, FactRecords facts) {
        this.uploads = uploads;
        this.evidence = evidence;
        this.store = store;
        this.reports = reports;
        this.facts = facts;
    }

    @PostMapping(path = "/progress-reports/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "上传填报佐证材料 Attach an evidence file to a report",
            description = "Roles: the unit's reporter while the report is a draft or returned (409 otherwise), the "
                    + "indicator's lead department or the office at any time; another unit's report is 404." + LIMITS,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))))
    Mono<Evidence> attachToReport(@PathVariable String cycle, @PathVariable UUID id, @RequestBody Flux<PartEvent> parts,
                                  ServerWebExchange exchange, Caller caller) {
        if (uploads.declaredTooLarge(exchange.getRequest().getHeaders().getContentLength())) {
            return Mono.error(uploads.tooLarge());
        }
        return reports.visible(cycle, id, caller)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此填报 / no report " + id)))
                .flatMap(report -> reports.attaching(report, caller).flatMap(attaching -> switch (attaching) {
                    case FORBIDDEN -> Mono.error(ProblemException.forbidden(
                            "不能为该填报上传材料 / your role may not attach evidence to this report"));
                    case NOT_IN_THIS_STATE -> Mono.error(ProblemException.conflict(
                            "已提交的填报不能再上传材料 / only drafts and returned reports take new evidence", report));
                    case ALLOWED -> uploads.receive(new EvidenceUploads.Owner("PROGRESS_REPORT", report.id(), cycle,
                            report.unit()), parts, caller, exchange);
                }));
    }

    @PostMapping(path = "/" + FACT_KINDS + "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "上传考核事实佐证材料 Attach an evidence file to a level, adjustment or veto",
            description = "Roles: office; the fact must be active (409 when withdrawn)." + LIMITS,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = Upload.class))))
    Mono<Evidence> attachToFact(@PathVariable String cycle, @PathVariable String kinds, @PathVariable UUID id,
                                @RequestBody Flux<PartEvent> parts, ServerWebExchange exchange, Caller caller) {
        if (uploads.declaredTooLarge(exchange.getRequest().getHeaders().getContentLength())) {
            return Mono.error(uploads.tooLarge());
        }
        FactKind kind = FactKind.ofPath(kinds);
        return facts.visible(cycle, kind, id, caller)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此记录 / no " + kinds + " " + id)))
                .flatMap(fact -> fact.isActive()
                        ? uploads.receive(new EvidenceUploads.Owner(kind.name(), fact.id(), cycle, fact.unit()), parts,
                                caller, exchange)
                        : Mono.error(ProblemException.conflict("已撤销的事实不能上传材料 / the fact is withdrawn", fact)));
    }

    @GetMapping("/progress-reports/{id}/evidence")
    @Operation(summary = "填报佐证材料列表 A report's evidence files", description = READERS)
    Mono<List<Evidence>> ofReport(@PathVariable String cycle, @PathVariable UUID id, Caller caller) {
        return reports.visible(cycle, id, caller)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此填报 / no report " + id)))
                .flatMap(report -> evidence.ofOwner("PROGRESS_REPORT", report.id()).collectList());
    }

    @GetMapping("/" + FACT_KINDS + "/{id}/evidence")
    @Operation(summary = "考核事实佐证材料列表 A fact's evidence files", description = READERS)
    Mono<List<Evidence>> ofFact(@PathVariable String cycle, @PathVariable String kinds, @PathVariable UUID id,
                                Caller caller) {
        FactKind kind = FactKind.ofPath(kinds);
        return facts.visible(cycle, kind, id, caller)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此记录 / no " + kinds + " " + id)))
                .flatMap(fact -> evidence.ofOwner(kind.name(), fact.id()).collectList());
    }

    @GetMapping("/evidence/{id}")
    @Operation(summary = "佐证材料信息 One evidence file's metadata", description = READERS)
    Mono<Evidence> metadata(@PathVariable String cycle, @PathVariable UUID id, Caller caller) {
        return visible(cycle, id, caller);
    }

    @GetMapping("/evidence/{id}/content")
    @Operation(summary = "下载佐证材料 Download an evidence file",
            description = READERS + " Streamed as stored, with its detected Content-Type, Content-Length and "
                    + "`Content-Disposition: attachment; filename*=UTF-8''…` (the uploader's file name).")
    Mono<ResponseEntity<Flux<DataBuffer>>> content(@PathVariable String cycle, @PathVariable UUID id, Caller caller) {
        return visible(cycle, id, caller).map(file -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(store.read(file.id())));
    }

    private Mono<Evidence> visible(String cycle, UUID id, Caller caller) {
        return evidence.find(cycle, id).filter(file -> caller.mayAccessUnit(file.unit()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("无此材料 / no evidence " + id)));
    }
}
