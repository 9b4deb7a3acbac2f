package app.microplan.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.ChecklistItem;
import app.microplan.domain.TradePlan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfChecklistTest {

    private record Pdf(byte[] bytes, int pages) {
        PDDocument open() throws IOException {
            return Loader.loadPDF(bytes);
        }

        /** The text with every run of white space made one space, so wrapped lines read as written. */
        String text() throws IOException {
            try (PDDocument document = open()) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        }
    }

    private static Pdf export(Checklist checklist, PaperSize paper) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pages = PdfChecklist.write(checklist, paper, out);
        return new Pdf(out.toByteArray(), pages);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theLadderIsATableWithTheStopRowAtMinusTheRiskAndBreakevenAtZero() throws IOException {
        TradePlan plan = ChecklistFixtures.exampleOne();
        TradePlan withFees = plan.toBuilder().setup(plan.setup().toBuilder().entryFeeRate(new BigDecimal("0.0005"))
                .exitFeeRate(new BigDecimal("0.0005")).build()).build();
        Checklist checklist = ChecklistBuilder.build(withFees, ZoneOffset.UTC);
        String text = export(checklist, PaperSize.A4).text();

        assertThat(checklist.ladder()).isNotEmpty();
        assertThat(text).contains("Price ladder", "Breakeven 70,070.04 (fees of both sides)",
                "69,300 Stop · Avg entry −1 % −$46.18 -1.00 $4,953.82", "70,070.04 Breakeven $0.00 0.00 $5,000.00");
        for (Checklist.LadderLine line : checklist.ladder()) {
            assertThat(text).as(line.text().label()).contains(line.text().price() + " " + line.text().label() + " "
                    + line.text().netPnl());
        }
    }

    @Test
    void exampleOneCarriesEveryNumberAndEveryRuleLine() throws IOException {
        Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        String text = export(checklist, PaperSize.A4).text();

        assertThat(text).contains("$49.00", "0.98 %", "$490.00", "9.80 %", "$4,900.00", "70,000", "69,300",
                "72,100", "63,350", "3.00", "10×", "$50.00");
        for (Checklist.Field field : checklist.numbers()) {
            assertThat(text).as(field.label()).contains(field.label()).contains(flat(field.value()));
        }
        for (Checklist.RuleLine rule : checklist.rules()) {
            assertThat(text).as(rule.title()).contains(rule.state().name())
                    .contains(flat(rule.title())).contains(flat(rule.message()));
        }
        for (Checklist.Section section : checklist.sections()) {
            assertThat(text).contains(section.title()).contains(flat(section.text()));
        }
        for (ChecklistItem item : checklist.items()) {
            assertThat(text).contains(item.text());
        }
        assertThat(text).contains(checklist.verdict(), checklist.title(), "Page 1 of ");
    }

    @Test
    void paperSizeSetsThePageSize() throws IOException {
        Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        try (PDDocument a4 = export(checklist, PaperSize.A4).open();
             PDDocument letter = export(checklist, PaperSize.LETTER).open()) {
            assertThat(a4.getPage(0).getMediaBox().getWidth()).isEqualTo(595.28f);
            assertThat(a4.getPage(0).getMediaBox().getHeight()).isEqualTo(841.89f);
            assertThat(letter.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(letter.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        }
    }

    @Test
    void chineseCyrillicAndSymbolsWithAFiveThousandWordExitStrategyFlowOntoSeveralPages() throws IOException {
        TradePlan plan = ChecklistFixtures.multilingualLongText();
        Checklist checklist = ChecklistBuilder.build(plan, ZoneOffset.UTC);
        Pdf pdf = export(checklist, PaperSize.LETTER);
        String text = pdf.text();

        assertThat(pdf.pages()).isGreaterThan(1);
        try (PDDocument document = pdf.open()) {
            assertThat(document.getNumberOfPages()).isEqualTo(pdf.pages());
        }
        assertThat(text).contains("止损", "стоп", "₮", "−2.5 %", "≤", "Стоп-ордер выставлен 止损单已下",
                "Тезис: 比特币 回调后 反弹 ₮ 1,000", "exit5", "exit4999", "Page " + pdf.pages() + " of " + pdf.pages());
        assertThat(text.split("exit\\d+", -1)).hasSize(2501);
        // The 300-letter address is cut to fit the page, and no letter is lost doing it.
        assertThat(text.replace(" ", "").replaceAll("Microplan·[^·]*·plan\\w+Page\\d+of\\d+", ""))
                .contains("https://example.org/" + "a".repeat(300));
    }

    @Test
    void everyPageIsNumberedOutOfTheTotal() throws IOException {
        Pdf pdf = export(ChecklistBuilder.build(ChecklistFixtures.multilingualLongText(), ZoneOffset.UTC), PaperSize.A4);
        try (PDDocument document = pdf.open()) {
            for (int page = 1; page <= pdf.pages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Page " + page + " of " + pdf.pages());
            }
        }
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndTheCjkFontOnlyWhenNeeded() throws IOException {
        Pdf latin = export(ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC), PaperSize.A4);
        Pdf mixed = export(ChecklistBuilder.build(ChecklistFixtures.multilingualLongText(), ZoneOffset.UTC), PaperSize.A4);

        assertThat(fontNames(latin)).allMatch(name -> name.matches("[A-Z]{6}\\+.*"))
                .anyMatch(name -> name.endsWith("+NotoSans-Regular"))
                .noneMatch(name -> name.contains("DroidSansFallback"));
        assertThat(fontNames(mixed)).anyMatch(name -> name.endsWith("+DroidSansFallback"));
        assertThat(embeddedFontFiles(latin)).isTrue();
        // Subsets keep the file small: the bundled fonts alone weigh over 5 MB.
        assertThat(mixed.bytes().length).isLessThan(300_000);
    }

    @Test
    void everyOpenBoxIsAFormCheckBoxToTickInAViewer() throws IOException {
        Checklist checklist = ChecklistBuilder.build(ChecklistFixtures.exampleOne(), ZoneOffset.UTC);
        long open = checklist.items().stream().filter(item -> !item.checked()).count();
        try (PDDocument document = export(checklist, PaperSize.A4).open()) {
            List<PDField> fields = document.getDocumentCatalog().getAcroForm().getFields();

            assertThat(open).isPositive().isLessThan(checklist.items().size());
            assertThat(fields).hasSize((int) open).allSatisfy(field -> {
                assertThat(field).isInstanceOf(PDCheckBox.class);
                assertThat(((PDCheckBox) field).isChecked()).isFalse();
                assertThat(((PDCheckBox) field).getOnValue()).isEqualTo("Yes");
            });
        }
    }

    private static List<String> fontNames(Pdf pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = pdf.open()) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    String fontName = page.getResources().getFont(name).getName();
                    if (!names.contains(fontName)) {
                        names.add(fontName);
                    }
                }
            }
        }
        return names;
    }

    private static boolean embeddedFontFiles(Pdf pdf) throws IOException {
        try (PDDocument document = pdf.open()) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    return false;
                }
            }
            return true;
        }
    }
}
