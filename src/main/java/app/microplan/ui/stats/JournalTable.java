package app.microplan.ui.stats;

import app.microplan.ui.common.TextColumns;
import app.microplan.ui.common.DateText;
import app.microplan.ui.common.Messages;
import app.microplan.domain.Direction;
import app.microplan.domain.JournalEntry;
import app.microplan.domain.Money;
import app.microplan.domain.TradeExecution;
import app.microplan.domain.TradeOutcome;
import app.microplan.domain.TradePlan;
import app.microplan.ui.common.StatusBadge;
import app.microplan.ui.common.TradeFormats;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The journal as a table: one row per plan, sortable by any column (numbers as numbers, empty cells last),
 * virtualized so 10,000 rows scroll like ten. Double-click opens the plan.
 */
final class JournalTable extends TableView<JournalEntry> {
    private final ZoneId zone;

    JournalTable(ZoneId zone, Consumer<JournalEntry> open) {
        this.zone = zone;
        setId("journal-table");
        getStyleClass().addAll("journal-table", Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<JournalEntry, Instant> date = column(Messages.text("table.date"), JournalEntry::tradeTime,
                t -> DateText.dateTime(t.atZone(zone).toLocalDateTime()),
                TextColumns.atLeastFor(DateText.dateTime(java.time.LocalDateTime.of(2026, 12, 31, 23, 59)), 122));
        date.setId("column-date");
        date.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<JournalEntry, TradePlan> status = new TableColumn<>(Messages.text("table.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().plan()));
        status.setComparator(java.util.Comparator.comparing(StatusBadge::text));
        status.setCellFactory(c -> new StatusCell());
        status.setPrefWidth(112);
        status.setMinWidth(112);
        TableColumn<JournalEntry, String> symbol = column(Messages.text("table.symbol"), JournalEntry::symbol, s -> s,
                TextColumns.atLeastFor("BTC-MICRO-0.001", 124));
        TableColumn<JournalEntry, Direction> side = column(Messages.text("table.side"), JournalEntry::side, Direction::label, 54);
        TableColumn<JournalEntry, String> tags = column(Messages.text("table.tags"), e -> String.join(", ", e.tags()), s -> s, 120);
        TableColumn<JournalEntry, BigDecimal> contracts = number(Messages.text("table.contracts"), JournalTable::contracts,
                Money::contracts, 76);
        TableColumn<JournalEntry, BigDecimal> pnl = number(Messages.text("table.netPnl"), e -> outcome(e, TradeOutcome::realizedPnl),
                v -> TradeFormats.signedMoney(v, "USD"), 96);
        pnl.setCellFactory(c -> new ToneCell<>(null) {
            @Override
            String format(BigDecimal item) {
                JournalEntry entry = getTableRow() == null ? null : getTableRow().getItem();
                return TradeFormats.signedMoney(item, entry == null ? "USD" : entry.outcome().quoteCurrency());
            }
        });
        TableColumn<JournalEntry, BigDecimal> r = number("R", e -> outcome(e, TradeOutcome::rMultiple),
                TradeFormats::r, 72);
        r.setCellFactory(c -> new ToneCell<>(TradeFormats::r));
        r.setId("column-r");
        TableColumn<JournalEntry, String> followed = column(Messages.text("table.kept"),
                e -> e.outcome() == null ? null : Messages.text(e.outcome().followedPlan() ? "stats.yes" : "stats.no"), s -> s, 56);
        getColumns().setAll(List.of(date, status, symbol, side, tags, contracts, pnl, r, followed));
        TextColumns.scrollWhenCrowded(this);
        setPlaceholder(new Label(Messages.text("table.empty")));
        setRowFactory(t -> {
            TableRow<JournalEntry> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** Shows {@code rows} sorted by the column the trader clicked (or as given, newest first, until then). */
    void show(ObservableList<JournalEntry> rows) {
        SortedList<JournalEntry> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
    }

    private static BigDecimal contracts(JournalEntry entry) {
        TradeExecution execution = entry.plan().execution();
        return execution == null || execution.entries().isEmpty() ? null : execution.enteredContracts();
    }

    private static BigDecimal outcome(JournalEntry entry, Function<TradeOutcome, BigDecimal> figure) {
        return entry.outcome() == null ? null : figure.apply(entry.outcome());
    }

    private static <T extends Comparable<? super T>> TableColumn<JournalEntry, T> column(String name,
            Function<JournalEntry, T> value, Function<T, String> text, double width) {
        TableColumn<JournalEntry, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(text));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        // Never narrower than the width a date, a symbol or a figure needs, nor its header (longer in German).
        double fitted = TextColumns.atLeastFor(name, width);
        column.setPrefWidth(fitted);
        column.setMinWidth(fitted);
        return column;
    }

    private static TableColumn<JournalEntry, BigDecimal> number(String name, Function<JournalEntry, BigDecimal> value,
            Function<BigDecimal, String> text, double width) {
        TableColumn<JournalEntry, BigDecimal> column = column(name, value, text, width);
        column.getStyleClass().add("number-column");
        return column;
    }

    /** A cell showing its value through {@code text}; empty for no value. */
    private static class TextCell<T> extends TableCell<JournalEntry, T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : format(item));
        }

        String format(T item) {
            return text.apply(item);
        }
    }

    /** A signed number, green when positive and red when negative. */
    private static class ToneCell<T extends BigDecimal> extends TextCell<T> {
        ToneCell(Function<T, String> text) {
            super(text);
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("positive", "negative");
            if (!empty && item != null && item.signum() != 0) {
                getStyleClass().add(item.signum() > 0 ? "positive" : "negative");
            }
        }
    }

    /** The status as the same badge the journal list and the plan header show. */
    private static final class StatusCell extends TableCell<JournalEntry, TradePlan> {
        private final Label badge = new Label();

        StatusCell() {
            badge.getStyleClass().add("status-badge");
        }

        @Override
        protected void updateItem(TradePlan item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            StatusBadge.show(badge, item);
            setGraphic(badge);
        }
    }
}
