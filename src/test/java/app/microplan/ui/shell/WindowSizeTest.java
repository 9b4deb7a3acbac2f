package app.microplan.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowSizeTest {

    @Test
    void aLargeScreenGetsTheRoomyWindow() {
        WindowSize size = WindowSize.fitting(new Rectangle2D(0, 0, 2560, 1400));

        assertThat(size.width()).isEqualTo(1440);
        assertThat(size.height()).isEqualTo(900);
        assertThat(size.minWidth()).isEqualTo(1024);
    }

    @Test
    void aSmallLaptopScreenGetsAWindowItCanSeeWhole() {
        WindowSize size = WindowSize.fitting(new Rectangle2D(0, 0, 1366, 728));

        assertThat(size.width()).isEqualTo(1366);
        assertThat(size.height()).isEqualTo(728);
        assertThat(size.minHeight()).isEqualTo(640);
    }

    @Test
    void theMinimumNeverExceedsTheScreen() {
        WindowSize size = WindowSize.fitting(new Rectangle2D(0, 0, 1000, 600));

        assertThat(size.minWidth()).isEqualTo(1000);
        assertThat(size.minHeight()).isEqualTo(600);
    }
}
