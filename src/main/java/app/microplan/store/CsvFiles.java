package app.microplan.store;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CSV as rows of text (RFC 4180: quoted fields may hold the delimiter, doubled quotes and line breaks).
 * Every record is kept, blank ones included, so that record n is row n of a spreadsheet.
 */
final class CsvFiles {
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFiles() {
    }

    /** The file's records, at most {@code limit} of them (header included); a spreadsheet's UTF-8 BOM is dropped. */
    static List<List<String>> read(Path file, char delimiter, int limit) throws StoreException {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter);
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> records = CSV.readerFor(String[].class).with(schema).readValues(reader)) {
            while (rows.size() < limit && records.hasNextValue()) {
                rows.add(Arrays.asList(records.nextValue()));
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot read " + file.getFileName() + ": " + Reasons.of(e), e);
        }
        if (!rows.isEmpty() && !rows.get(0).isEmpty() && rows.get(0).get(0).indexOf(BYTE_ORDER_MARK) == 0) {
            List<String> header = new ArrayList<>(rows.get(0));
            header.set(0, header.get(0).substring(1));
            rows.set(0, header);
        }
        return rows;
    }

    /** Rows as CSV text with a comma between fields, quoting only where a field needs it. */
    static String write(List<List<String>> rows) {
        StringWriter text = new StringWriter();
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator(System.lineSeparator());
        try (SequenceWriter writer = CSV.writerFor(String[].class).with(schema).writeValues(text)) {
            for (List<String> row : rows) {
                writer.write(row.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing CSV to memory failed", e);
        }
        return text.toString();
    }
}
