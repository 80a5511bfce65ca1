package cn.kaohe.indicators.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.util.MultiValueMap;

/** Builds import workbooks for tests: the template's sheets and headers, rows as given. */
final class Workbooks {

    private final List<Object[]> indicators = new ArrayList<>();
    private final List<Object[]> targets = new ArrayList<>();
    private boolean withHeaders = true;

    static Workbooks workbook() {
        return new Workbooks();
    }

    Workbooks indicator(Object... cells) {
        indicators.add(cells);
        return this;
    }

    Workbooks target(Object... cells) {
        targets.add(cells);
        return this;
    }

    Workbooks withoutHeaders() {
        withHeaders = false;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out);
        return out.toByteArray();
    }

    void write(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            sheet(workbook.newWorksheet(TemplateColumns.INDICATOR_SHEET), TemplateColumns.INDICATORS, indicators);
            sheet(workbook.newWorksheet(TemplateColumns.TARGET_SHEET), TemplateColumns.TARGETS, targets);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sheet(Worksheet sheet, List<TemplateColumns.Column> columns, List<Object[]> rows) {
        int row = 0;
        if (withHeaders) {
            for (TemplateColumns.Column column : columns) {
                sheet.value(0, column.index(), column.header());
            }
            row = 1;
        }
        for (Object[] cells : rows) {
            for (int column = 0; column < cells.length; column++) {
                if (cells[column] instanceof Number number) {
                    sheet.value(row, column, number);
                } else if (cells[column] != null) {
                    sheet.value(row, column, cells[column].toString());
                }
            }
            row++;
        }
    }

    /** The multipart body of an upload of {@code content} named {@code fileName}. */
    static MultiValueMap<String, HttpEntity<?>> upload(byte[] content, String fileName) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return body.build();
    }
}
