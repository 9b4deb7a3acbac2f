package app.microplan.ui.shell;

import javafx.geometry.Rectangle2D;

/**
 * The main window's first size: roomy where the screen allows (1440 × 900), never larger than the screen's usable
 * area, so a 1366 × 768 laptop gets a window it can see whole rather than one hanging off its edges. It may be made
 * as small as 1024 × 640 (an older 13-inch laptop with its taskbar): below a width the plan tab puts the position
 * under the sizing inputs, and below a height it scrolls, rather than squeezing fields (see PlanColumns).
 */
record WindowSize(double width, double height, double minWidth, double minHeight) {
    static final double PREFERRED_WIDTH = 1440;
    static final double PREFERRED_HEIGHT = 900;
    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 640;

    static WindowSize fitting(Rectangle2D usable) {
        return new WindowSize(Math.min(PREFERRED_WIDTH, usable.getWidth()),
                Math.min(PREFERRED_HEIGHT, usable.getHeight()),
                Math.min(MIN_WIDTH, usable.getWidth()), Math.min(MIN_HEIGHT, usable.getHeight()));
    }
}
