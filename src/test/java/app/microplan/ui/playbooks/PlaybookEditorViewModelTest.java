package app.microplan.ui.playbooks;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.domain.Playbook;
import app.microplan.store.PlaybookStore;
import app.microplan.ui.SampleEntries;
import app.microplan.ui.common.DirectTaskRunner;
import app.microplan.ui.common.LocaleNumbers;
import app.microplan.ui.common.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookEditorViewModelTest {
    @TempDir
    Path journal;

    private PlaybookLibrary library;
    private PlaybookEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        SampleEntries.copyTo(journal);
        library = new PlaybookLibrary(PlaybookStore.in(journal), new DirectTaskRunner());
        library.load();
        vm = new PlaybookEditorViewModel(library, new LocaleNumbers(Locale.GERMANY));
    }

    @Test
    @DisplayName("the first playbook is shown field by field, numbers in the trader's locale")
    void showsTheFirst() {
        assertThat(vm.playbooks()).extracting(Playbook::name).containsExactly("Breakout", "Pullback", "Range-fade", "News");
        assertThat(vm.nameProperty().get()).isEqualTo("Breakout");
        assertThat(vm.checklistProperty().get()).isEqualTo("Close beyond the level on the 4h chart\n"
                + "Volume above its 20-bar average");
        assertThat(vm.riskPercent().getText()).isEqualTo("1");
        assertThat(vm.minRewardRisk().getText()).isEqualTo("2");
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    @DisplayName("edits change the working copy; Save writes playbooks.json")
    void editAndSave() throws Exception {
        vm.nameProperty().set("Breakout retest");
        vm.checklistProperty().set("Close beyond the level\n\nRetest holds\n");
        vm.riskPercent().setText("0,75");
        vm.tagsProperty().set("breakout, btc ,");

        assertThat(vm.errors()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isTrue();
        assertThat(vm.checklistProperty().get()).isEqualTo("Close beyond the level\n\nRetest holds\n");
        vm.save();

        Playbook saved = PlaybookStore.in(journal).load().get(0);
        assertThat(saved.name()).isEqualTo("Breakout retest");
        assertThat(saved.checklist()).containsExactly("Close beyond the level", "Retest holds");
        assertThat(saved.riskCap()).isEqualByComparingTo("0.0075");
        assertThat(saved.tags()).containsExactly("breakout", "btc");
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(library.playbooks().get(0)).isEqualTo(saved);
    }

    @Test
    @DisplayName("a wrong field says why, keeps the working copy as it was, and Save writes nothing")
    void wrongFields() throws Exception {
        String before = Files.readString(journal.resolve("playbooks.json"));
        vm.riskPercent().setText("3");
        assertThat(vm.errors()).containsExactly("Risk per trade: At most 2.00 %, the most any plan may risk");
        vm.riskPercent().setText("1");
        vm.nameProperty().set("news");
        assertThat(vm.errors()).containsExactly("Name: another playbook is called \"news\"");
        assertThat(vm.playbooks().get(0).name()).isEqualTo("Breakout");
        vm.save();
        assertThat(Files.readString(journal.resolve("playbooks.json"))).isEqualTo(before);
    }

    @Test
    @DisplayName("Add makes a new playbook with a free name; Delete removes the selected one")
    void addAndDelete() throws Exception {
        vm.add();
        vm.add();
        assertThat(vm.playbooks()).extracting(Playbook::name).endsWith("New playbook", "New playbook 2");
        assertThat(vm.nameProperty().get()).isEqualTo("New playbook 2");
        vm.deleteSelected();
        vm.selectedProperty().set(vm.playbooks().get(0));
        vm.deleteSelected();
        vm.save();

        assertThat(PlaybookStore.in(journal).load()).extracting(Playbook::name)
                .containsExactly("Pullback", "Range-fade", "News", "New playbook");
    }

    @Test
    @DisplayName("opened before the playbooks were read, the editor shows them once they are")
    void lateLoad() throws Exception {
        PlaybookLibrary late = new PlaybookLibrary(PlaybookStore.in(journal), new DirectTaskRunner());
        PlaybookEditorViewModel early = new PlaybookEditorViewModel(late, new LocaleNumbers(Locale.US));
        assertThat(early.playbooks()).isEmpty();

        java.util.List<Throwable> errors = new java.util.ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
        late.load();
        errors.forEach(Throwable::printStackTrace);

        assertThat(late.getProblem()).isNull();
        assertThat(late.playbooks()).hasSize(4);
        assertThat(early.playbooks()).hasSize(4);
        assertThat(early.nameProperty().get()).isEqualTo("Breakout");
        early.dispose();
    }

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLanguage(null));
    }

    @Test
    @DisplayName("in German the editor's errors and a new playbook's name read German, the cap in German figures")
    void german() {
        Messages.use(Messages.forLanguage("de"));
        PlaybookEditorViewModel german = new PlaybookEditorViewModel(library, new LocaleNumbers(Locale.GERMANY));
        german.riskPercent().setText("3");
        assertThat(german.errors()).containsExactly(
                "Risiko pro Trade: Höchstens 2,00 %, das Maximum, das ein Plan riskieren darf");
        german.riskPercent().setText("1");
        german.nameProperty().set("news");
        assertThat(german.errors()).containsExactly("Name: Ein anderes Playbook heißt „news“");
        german.add();
        assertThat(german.nameProperty().get()).isEqualTo("Neues Playbook");
    }
}
