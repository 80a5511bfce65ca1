package cn.kaohe.indicators.spreadsheets;

import cn.kaohe.defaults.exports.ExportFormat;
import java.util.Locale;
import java.util.Arrays;
import cn.kaohe.defaults.exports.ExportResponse;
import cn.kaohe.defaults.problems.FieldViolation;
import cn.kaohe.defaults.problems.ProblemException;
import cn.kaohe.defaults.security.Caller;
import cn.kaohe.indicators.audit.AuditLog;
import cn.kaohe.indicators.audit.Change;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Excel 导入: an indicator system and targets from the documented template, all or nothing. */
@RestController
@Tag(name = "spreadsheets", description = "Excel 导入导出 Spreadsheet import and export")
class ImportController {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final WorkbookImport imports;
    private final AuditLog audit;

    ImportController(WorkbookImport imports, AuditLog audit) {
        this.imports = imports;
        this.audit = audit;
    }

    @PostMapping(path = "/api/indicators/v1/cycles/{cycle}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('office')")
    @Operation(summary = "Excel 导入指标体系和目标 Import indicators and targets from the template (.xlsx)",
            description = "Roles: office. multipart/form-data with the part `file` (an .xlsx of the template "
                    + "`GET /api/indicators/v1/spreadsheets/import-template`, at most 64 MB: 413 above; another type: "
                    + "415). All or nothing: any error answers 422 with every offending cell (`errors[].path` in A1 "
                    + "notation, `cells[]` with sheet, row, column letter and name, the row's codes, error code and "
                    + "message; the first 100 listed, `errorCount` all) and imports nothing. Success stores every "
                    + "indicator and target in one transaction (201 with the counts). Indicators and targets that exist "
                    + "in the cycle, and targets of signed letters, are errors: change those one by one.")
    Mono<ImportSummary> upload(@PathVariable String cycle, @RequestPart("file") FilePart file, Caller caller) {
        String name = file.filename();
        return Mono.fromCallable(() -> Files.createTempFile("kaohe-import-", ".xlsx"))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(path -> file.transferTo(path)
                        .then(Mono.fromCallable(() -> checkType(path, name)).subscribeOn(Schedulers.boundedElastic()))
                        // One audit entry for the whole import: its rows are the import's, all or nothing.
                        .then(Mono.defer(() -> audit.recorded(caller, imports.run(cycle, path, name, caller.username()),
                                summary -> Change.of("IMPORT", cycle + "/" + name, "IMPORTED", cycle, null, null,
                                        summary, null))))
                        .doFinally(signal -> Schedulers.boundedElastic().schedule(() -> delete(path))));
    }

    @GetMapping("/api/indicators/v1/spreadsheets/import-template")
    @Operation(summary = "导入模板 The import template (.xlsx)",
            description = "Roles: any authenticated user. The same workbook as seeds/import-template.xlsx: the two "
                    + "sheets with their headers, example rows and a README sheet describing every column.")
    Mono<Void> template(ServerHttpResponse response) {
        return ExportResponse.write(response, ExportFormat.XLSX, "考核指标导入模板",
                ImportTemplateWorkbook::write);
    }

    private static Path checkType(Path path, String name) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(head, 0, 4);
        }
        boolean zip = read == 4 && Arrays.equals(head, ZIP_MAGIC);
        if (!zip || name == null || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "请上传 .xlsx 文件 / upload an .xlsx workbook (Excel 2007 or later)",
                    List.of(new FieldViolation("$.file", "not-xlsx", "须为 .xlsx 文件 / must be an .xlsx file")), null);
        }
        return path;
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans its temp directory
        }
    }
}
