package app.microplan.ui.shell;

import app.microplan.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The journal's place in the first frame: its title, "Loading journal…" and a few grey rows where the plans will
 * be. Plain labels and regions only, so the window is on screen before the list, search and plan panels (whose
 * controls cost far more to load and style) are built a moment later.
 */
final class JournalSkeleton extends VBox {
    private static final int ROWS = 6;

    JournalSkeleton() {
        getStyleClass().addAll("journal-list", "journal-skeleton");
        Label title = new Label("Journal");
        title.getStyleClass().addAll("title-4", "journal-title");
        Label loading = new Label(Messages.text("journal.loading"));
        loading.setId("journal-skeleton-loading");
        loading.getStyleClass().add("caption");
        getChildren().addAll(title, loading);
        for (int i = 0; i < ROWS; i++) {
            Region row = new Region();
            row.getStyleClass().add("skeleton-row");
            getChildren().add(row);
        }
    }
}
