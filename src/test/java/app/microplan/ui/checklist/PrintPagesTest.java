package app.microplan.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintPagesTest {
    private static PrintPages.Row row(double top, double bottom) {
        return new PrintPages.Row(top, bottom);
    }

    @Test
    void everythingOnOnePage() {
        assertThat(PrintPages.starts(List.of(row(0, 100), row(100, 300)), 500)).containsExactly(0.0);
    }

    @Test
    void aRowThatWouldBeCutStartsTheNextPage() {
        assertThat(PrintPages.starts(List.of(row(0, 300), row(300, 450), row(450, 600)), 500))
                .containsExactly(0.0, 450.0);
    }

    @Test
    void aRowTallerThanAPageIsCutAtPageHeights() {
        assertThat(PrintPages.starts(List.of(row(0, 100), row(100, 1300)), 500))
                .containsExactly(0.0, 100.0, 600.0, 1100.0);
    }
}
