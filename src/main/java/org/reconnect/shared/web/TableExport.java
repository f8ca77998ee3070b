package org.reconnect.shared.web;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.shared.control.Csv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The exports of a table as CSV and as Excel, cell for cell what the page shows (the page and the
 * export are built from the same {@link Table}), with every text cell neutralised against
 * spreadsheet formulas ({@link Csv}). Whole numbers become numbers in Excel; everything else stays
 * text, which Excel never evaluates.
 */
public final class TableExport {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {
    }

    /** A table as a person reads it: the column headers and the text of each cell. */
    public record Table(String sheetName, List<String> headers, List<List<String>> rows) implements Serializable {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** CSV in UTF-8 (with the byte-order mark Excel needs to read it as UTF-8). */
    public static StreamedContent csv(String fileName, Table table) {
        StringBuilder out = new StringBuilder(Csv.line(table.headers()));
        table.rows().forEach(row -> out.append(Csv.line(row)));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[UTF8_BOM.length + text.length];
        System.arraycopy(UTF8_BOM, 0, file, 0, UTF8_BOM.length);
        System.arraycopy(text, 0, file, UTF8_BOM.length, text.length);
        return content(fileName + ".csv", "text/csv; charset=UTF-8", file);
    }

    /** An Excel workbook with one sheet: the headers in bold, then the rows. */
    public static StreamedContent xlsx(String fileName, Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.sheetName());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int[] widths = new int[table.headers().size()];
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(Csv.neutral(table.headers().get(c)));
                cell.setCellStyle(bold);
                widths[c] = table.headers().get(c).length();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c) == null ? "" : cells.get(c);
                    Cell cell = row.createCell(c);
                    if (text.matches("-?\\d{1,15}")) {
                        cell.setCellValue(Long.parseLong(text));
                    } else {
                        cell.setCellValue(Csv.neutral(text));
                    }
                    if (c < widths.length) {
                        widths[c] = Math.max(widths[c], text.length());
                    }
                }
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, Math.min(80, widths[c] + 2) * 256);
            }
            workbook.write(out);
            return content(fileName + ".xlsx", XLSX, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Excel export", e);
        }
    }

    private static StreamedContent content(String name, String type, byte[] bytes) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(type)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
