package cn.kaohe.defaults.exports;

import cn.kaohe.defaults.problems.ProblemException;
import org.springframework.http.MediaType;

/** The file formats of table exports, chosen by {@code ?format=xlsx|csv} (api-conventions, "Files"). */
public enum ExportFormat {
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The format a {@code format} parameter names; xlsx when absent; 422 naming {@code $.format} otherwise. */
    public static ExportFormat of(String parameter) {
        if (parameter == null || parameter.equals("xlsx")) {
            return XLSX;
        }
        if (parameter.equals("csv")) {
            return CSV;
        }
        throw ProblemException.invalid("$.format", "unknown-format", "格式为 xlsx 或 csv / xlsx or csv");
    }
}
