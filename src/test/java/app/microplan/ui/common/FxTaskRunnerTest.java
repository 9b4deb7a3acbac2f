package app.microplan.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The app's task runner on its real threads: saves keep their order and never wait behind long work. */
@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    private final FxTaskRunner runner = new FxTaskRunner();
    private final CountDownLatch exportMayFinish = new CountDownLatch(1);
    private final List<String> finished = new CopyOnWriteArrayList<>();
    private final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        exportMayFinish.countDown();
        runner.shutdown();
    }

    private void done(String what) {
        onFxThread.add(Platform.isFxApplicationThread());
        finished.add(what);
    }

    @Test
    void aSaveFinishesWhileALongExportIsStillRunning(FxRobot robot) throws Exception {
        robot.interact(() -> {
            runner.submitLong("Exporting the checklist", progress -> exportMayFinish.await(20, TimeUnit.SECONDS),
                    ok -> done("export"), error -> done("export failed"));
            runner.submit("Saving plan", progress -> "saved", ok -> done("save"), error -> done("save failed"));
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> finished.contains("save"));
        assertThat(finished).containsExactly("save");
        assertThat(runner.busyProperty().get()).as("the export still runs").isTrue();

        exportMayFinish.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> finished.contains("export"));
        assertThat(finished).containsExactly("save", "export");
        assertThat(onFxThread).containsOnly(true);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runner.busyProperty().get()).isFalse();
    }

    @Test
    void savesFinishInTheOrderTheyWereSubmitted(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (int i = 1; i <= 20; i++) {
                String name = "save " + i;
                runner.submit(name, progress -> name, this::done, error -> done(name + " failed"));
            }
        });

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> finished.size() == 20);
        assertThat(finished).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "save " + i).toList());
    }

    @Test
    void workSubmittedAfterShutdownFailsInWordsInsteadOfThrowingAtTheCaller(FxRobot robot) throws Exception {
        runner.shutdown();
        List<Throwable> failures = new CopyOnWriteArrayList<>();

        robot.interact(() -> runner.submit("Saving plan", progress -> "saved", ok -> done("save"), failures::add));

        assertThat(finished).isEmpty();
        assertThat(failures).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("Saving plan was not started: Microplan is closing");
        assertThat(runner.busyProperty().get()).isFalse();
    }
}
