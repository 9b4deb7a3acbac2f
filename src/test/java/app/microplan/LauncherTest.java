package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The jar's and the installed launcher's entry point: the window, or the command line for everything else. */
class LauncherTest {

    @Test
    void noArgumentsOrTheJournalOptionOpenTheWindow() {
        assertThat(Launcher.opensWindow(new String[0])).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--journal", "/tmp/j"})).isTrue();
        assertThat(Launcher.opensWindow(new String[] {"--journal=/tmp/j"})).isTrue();
    }

    @Test
    void subcommandsHelpVersionAndMistakesGoToTheCommandLine() {
        for (String first : new String[] {"size", "check", "export", "stats", "--help", "-h", "--version", "-V",
            "sizing", "--jornal"}) {
            assertThat(Launcher.opensWindow(new String[] {first, "x"})).as(first).isFalse();
        }
    }
}
