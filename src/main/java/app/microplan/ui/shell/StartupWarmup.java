package app.microplan.ui.shell;

import java.util.List;

/**
 * Loads the classes the first frames need on a spare core while the JavaFX toolkit starts and the window is
 * built: the FX thread then finds them loaded instead of reading and verifying them itself. Only loads (does not
 * initialise) them: their static set-up belongs on the FX thread. The store and domain classes need no help: the
 * journal is read ahead on a thread of its own ({@code JournalPrefetch}).
 */
public final class StartupWarmup {
    /* In the order they are needed: the first frame's, then the content's built right after it. */
    private static final List<String> LOAD_ONLY = List.of(
            "app.microplan.ui.shell.MainWindow", "app.microplan.ui.shell.MainViewModel",
            "app.microplan.ui.shell.JournalSkeleton", "app.microplan.ui.shell.AfterNextFrame",
            "javafx.scene.control.MenuBar", "javafx.scene.control.Menu", "javafx.scene.control.MenuItem",
            "javafx.scene.control.SplitPane",
            "app.microplan.ui.shell.AppMenus", "app.microplan.ui.shell.StatusBarView",
            "app.microplan.ui.shell.PlanArea", "app.microplan.ui.journal.JournalListView",
            "app.microplan.ui.journal.PlanListCell", "app.microplan.ui.journal.JournalSession",
            "app.microplan.ui.journal.JournalListViewModel", "app.microplan.ui.journal.PlanEntry",
            "app.microplan.ui.plan.PlanViewModel", "app.microplan.ui.plan.SetupInputs",
            "app.microplan.ui.plan.WrittenInputs", "app.microplan.ui.plan.PlanHeaderView",
            "app.microplan.ui.plan.WrittenPlanView", "app.microplan.ui.sizing.SizingView",
            "app.microplan.ui.sizing.PositionView", "app.microplan.ui.sizing.EntryRow",
            "app.microplan.ui.sizing.TargetRow", "app.microplan.ui.gauge.MarginGaugeView",
            "app.microplan.ui.gauge.MarginGauge", "app.microplan.ui.rules.RuleStripView",
            "app.microplan.ui.common.NumberField", "app.microplan.ui.common.RowPool",
            "atlantafx.base.theme.PrimerLight", "atlantafx.base.controls.CustomTextField",
            "atlantafx.base.controls.CustomTextFieldSkin", "atlantafx.base.controls.Message",
            "atlantafx.base.controls.MessageSkin", "org.controlsfx.validation.ValidationSupport",
            "org.controlsfx.validation.decoration.GraphicValidationDecoration",
            "org.controlsfx.control.decoration.Decorator", "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.javafx.IkonResolver", "org.kordamp.ikonli.material2.Material2AL",
            "org.kordamp.ikonli.material2.Material2MZ", "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin", "javafx.scene.control.skin.MenuBarSkin",
            "javafx.scene.control.skin.TextAreaSkin", "javafx.scene.control.skin.TabPaneSkin",
            "javafx.scene.control.skin.SplitPaneSkin", "javafx.scene.control.skin.ProgressIndicatorSkin",
            "javafx.scene.control.skin.ProgressBarSkin", "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.VirtualFlow", "javafx.css.CssParser");
    private static volatile boolean started;

    private StartupWarmup() {
    }

    public static void begin() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(StartupWarmup::run, "microplan-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run() {
        ClassLoader loader = StartupWarmup.class.getClassLoader();
        for (String name : LOAD_ONLY) {
            load(name, loader);
        }
    }

    private static void load(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // Only a head start: the class is loaded normally when it is needed.
        }
    }
}
