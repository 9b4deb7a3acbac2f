package app.microplan;

import static org.assertj.core.api.Assertions.assertThat;

import app.microplan.cli.CommandRun;
import org.junit.jupiter.api.Test;

/** The version Maven filled in is what Help ▸ About and {@code microplan --version} show. */
class AppVersionTest {

    @Test
    void theBuildsVersionIsFilledIn() {
        assertThat(AppVersion.get()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void theCommandLinePrintsTheSameVersion() {
        CommandRun run = CommandRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("Microplan " + AppVersion.get());
    }
}
