package app.microplan.ui.journal;

import app.microplan.ui.common.Messages;
import app.microplan.store.PlanSummary;
import app.microplan.ui.common.BindingScope;
import app.microplan.ui.common.Icons;
import app.microplan.ui.common.StatusPicker;
import app.microplan.ui.common.Styling;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The journal on the left: every plan, a status filter and a search, and New / Duplicate / Delete. */
public final class JournalListView extends VBox {
    private final ListView<PlanEntry> list = new ListView<>();
    /** Created only for a big journal whose plans are still being read (the first frame never needs it). */
    private ListView<PlanSummary> previewList;
    private final CustomTextField search = new CustomTextField();
    private final StatusPicker statusFilter = new StatusPicker("status-filter");
    private final JournalActions actions;
    private final HBox header;
    /** Whether no plan is selected: Duplicate and Delete are off then. */
    private final BooleanProperty nothingSelected = new SimpleBooleanProperty(true);
    /** New / Duplicate / Delete, once {@link #showActions} has made them. */
    private boolean actionsShown;
    private final VBox problems = new VBox();
    private final VBox emptyState = new VBox();
    private final Label loadingState = new Label(Messages.text("list.opening"));
    private boolean syncing;
    /** Whether the summaries' list shows a preview's rows (see showPreview), not only that the journal is opening. */
    private boolean previewShown;

    /** The list with its filters; its New / Duplicate / Delete buttons come with {@link #showActions}. */
    public JournalListView(JournalActions actions) {
        this.actions = actions;
        getStyleClass().add("journal-list");
        Label title = new Label(Messages.text("list.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "journal-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(title, spacer);
        header.getStyleClass().add("journal-header");
        header.setAlignment(Pos.CENTER_LEFT);

        search.setPromptText(Messages.text("list.search"));
        search.setLeft(Icons.of(Material2MZ.SEARCH));
        search.setId("journal-search");
        statusFilter.control().setMaxWidth(Double.MAX_VALUE);
        problems.getStyleClass().add("load-problems");
        problems.setId("load-problems");

        list.setId("journal-list");
        list.setCellFactory(v -> new PlanListCell());
        list.getStyleClass().add(Styles.DENSE);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                actions.deleteSelected();
                e.consume();
            }
        });
        Label emptyTitle = new Label(Messages.text("list.empty"));
        emptyTitle.getStyleClass().add(Styles.TITLE_4);
        emptyState.getChildren().addAll(emptyTitle, Styling.caption(Messages.text("list.emptyHint")));
        emptyState.getStyleClass().add("list-empty");
        loadingState.getStyleClass().add("list-empty");
        loadingState.setId("journal-loading");
        list.setPlaceholder(emptyState);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, search, statusFilter.control(), problems, list);
    }

    /**
     * New / Duplicate / Delete in the header, once. At a big journal's start they come with the plan area, after the
     * list's first frame: the list is what the trader waits for, and the buttons' skins, icons and tooltips took some
     * 35 ms of the FX thread on its way (decision 0029).
     */
    public void showActions() {
        if (actionsShown) {
            return;
        }
        actionsShown = true;
        Button duplicate = button(Material2AL.CONTENT_COPY, Messages.text("list.duplicate"), "duplicate-plan",
                actions::duplicateSelected);
        Button delete = button(Material2AL.DELETE, Messages.text("list.delete"), "delete-plan",
                actions::deleteSelected);
        duplicate.disableProperty().bind(nothingSelected);
        delete.disableProperty().bind(nothingSelected);
        header.getChildren().addAll(button(Material2AL.ADD, Messages.text("list.newPlan"), "new-plan",
                actions::newPlan), duplicate, delete);
    }

    private static Button button(Ikon icon, String tip, String id, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /**
     * While the journal is read, the list shows progress instead of "No plans yet". Once it is read, the plans' own
     * list is shown, also when a big journal's summaries were awaited and never came (an index that could not be read).
     */
    public void showLoading(boolean isLoading) {
        list.setPlaceholder(isLoading ? loadingState : emptyState);
        if (isLoading) {
            list.setItems(null);
        } else if (!previewShown) {
            showInTheListsPlace(list);
        }
    }

    /**
     * A big journal at the app's start: the summaries' list stands in the plans' list's place at once, saying that the
     * journal is opening until {@link #showPreview} gives it its rows. The frames before those rows then never make
     * the plans' list (its skin and its first cell took 40-50 ms of the FX thread on the way to the rows; decision
     * 0026); it is made when the plans are read.
     */
    public void awaitPreview() {
        ListView<PlanSummary> preview = previewList();
        preview.setPlaceholder(loadingState);
        showInTheListsPlace(preview);
    }

    /**
     * While a big journal's plans are read, its summaries from the index take the list's place: scrollable, filtered
     * by status and search, selectable. When {@code scope} closes the plans' own list is back.
     */
    public void showPreview(SummaryListViewModel preview, BindingScope scope) {
        ListView<PlanSummary> summaries = previewList();
        previewShown = true;
        // Its rows are here: a search that leaves none gets the list's own words, no longer "opening".
        summaries.setPlaceholder(null);
        summaries.setItems(preview.shownPlans());
        showInTheListsPlace(summaries);
        scope.bindBidirectional(search.textProperty(), preview.searchTextProperty());
        statusFilter.bind(preview.statuses(), scope);
        scope.listen(summaries.getSelectionModel().selectedItemProperty(),
                (obs, old, now) -> preview.selectedProperty().set(now));
        scope.onClose(() -> {
            previewShown = false;
            summaries.setItems(null);
            showInTheListsPlace(list);
        });
    }

    /** The summaries' list, made once (only a big journal's start needs it). */
    private ListView<PlanSummary> previewList() {
        if (previewList == null) {
            previewList = new ListView<>();
            previewList.setId("journal-preview");
            previewList.setCellFactory(v -> new SummaryListCell());
            previewList.getStyleClass().add(Styles.DENSE);
            VBox.setVgrow(previewList, Priority.ALWAYS);
        }
        return previewList;
    }

    /** {@code shown} (the plans' list or the summaries') in the place of whichever of the two is there. */
    private void showInTheListsPlace(ListView<?> shown) {
        ListView<?> other = shown == list ? previewList : list;
        int place = other == null ? -1 : getChildren().indexOf(other);
        if (place >= 0) {
            getChildren().set(place, shown);
        }
    }

    /** The search field takes the keyboard: what is typed next filters the list. */
    public void focusSearch() {
        search.requestFocus();
    }

    public ListView<PlanEntry> listView() {
        return list;
    }

    public void bind(JournalListViewModel vm, JournalSession session, BindingScope scope) {
        list.setItems(vm.shownPlans());
        scope.onClose(() -> list.setItems(null));
        scope.bindBidirectional(search.textProperty(), vm.searchTextProperty());
        statusFilter.bind(vm.statuses(), scope);
        selectInList(vm.getSelected());
        scope.listen(list.getSelectionModel().selectedItemProperty(), (obs, old, now) -> {
            if (!syncing && now != null) {
                vm.select(now);
            }
        });
        scope.listen(vm.selectedProperty(), (obs, old, now) -> selectInList(now));
        scope.bind(nothingSelected, vm.selectedProperty().isNull());
        showProblems(session.problems());
        scope.listenList(session.problems(), (ListChangeListener<String>) c -> showProblems(session.problems()));
    }

    private void selectInList(PlanEntry entry) {
        syncing = true;
        try {
            if (entry == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(entry);
                list.scrollTo(entry);
            }
        } finally {
            syncing = false;
        }
    }

    private void showProblems(List<String> messages) {
        problems.getChildren().clear();
        if (messages.isEmpty()) {
            return;
        }
        atlantafx.base.controls.Message message = new atlantafx.base.controls.Message(
                messages.size() == 1 ? Messages.text("list.problemOne")
                        : Messages.text("list.problemsMany", messages.size()),
                String.join("\n", messages), Icons.of(Material2MZ.WARNING));
        message.getStyleClass().add(Styles.WARNING);
        message.setOnClose(e -> messages.clear());
        problems.getChildren().add(message);
    }
}
