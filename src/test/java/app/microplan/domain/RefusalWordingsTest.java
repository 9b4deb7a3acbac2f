package app.microplan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Decision 15 for the refusals the Fills tab shows: each carries a wording whose English bundle text is the
 * exception's message, word for word, and whose German reads with German numbers.
 */
class RefusalWordingsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private static final WordingText ENGLISH = BundleWordings.ENGLISH;
    private static final WordingText GERMAN = BundleWordings.GERMAN;

    private static TradePlan ready() {
        return JournalFixtures.ready("p1", ContractPresets.BTC_MICRO_001, Direction.LONG, "70000", "69300", "72100",
                "7", List.of("breakout"));
    }

    private static EntryFill entry(String contracts) {
        return EntryFill.of("2026-03-02T10:00:00Z", "70000", contracts, "0.35");
    }

    private static ExitFill exit(String contracts) {
        return ExitFill.of("2026-03-02T14:00:00Z", "72100", contracts, "0.36", ExitReason.TARGET);
    }

    private static List<RuntimeException> refusals() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("7")), NOW);
        TradePlan closed = TradeLifecycle.close(open, List.of(exit("7")), null, NOW);
        TradePlan draft = ready().toBuilder().status(PlanStatus.DRAFT).build();
        TradePlan cancelled = TradeLifecycle.cancel(ready(), NOW);
        List<ThrowingCallable> attempts = List.of(
                () -> TradeLifecycle.recordFills(open, List.of(), List.of(exit("8")), NOW),
                () -> TradeLifecycle.close(open, List.of(exit("5")), null, NOW),
                () -> TradeLifecycle.recordFills(draft, List.of(entry("7")), List.of(), NOW),
                () -> TradeLifecycle.open(ready(), List.of(), NOW),
                () -> TradeLifecycle.open(draft, List.of(entry("7")), NOW),
                () -> TradeLifecycle.cancel(open, NOW),
                () -> TradeLifecycle.review(open, new TradeReview("", "", "", 3, List.of(), List.of()), NOW),
                () -> TradeLifecycle.close(closed, List.of(exit("1")), null, NOW),
                () -> TradeLifecycle.correctExecution(draft, open.execution(), NOW),
                () -> TradeLifecycle.correctExecution(open, closed.execution(), NOW),
                () -> TradeLifecycle.correctExecution(closed, open.execution(), NOW),
                () -> ExecutionCorrections.deleteEntry(open, 0, NOW),
                () -> ExecutionCorrections.addEntry(draft, entry("1"), NOW),
                () -> ExecutionCorrections.deleteExit(closed, 2, NOW),
                () -> ExecutionCorrections.deleteEntry(open, 5, NOW),
                () -> ExecutionCorrections.deleteFunding(open, 0, NOW),
                () -> TradeLifecycle.recordFills(open, List.of(), List.of(ExitFill.of("2026-03-02T09:59:59.5Z", "72100",
                        "1", "0", ExitReason.TARGET)), NOW),
                () -> PlanLifecycle.afterEdit(open, open.withSetup(open.setup().toBuilder().stop("69000").build()), NOW),
                () -> PlanOverrides.override(closed, Rule.RISK_CAP, "news", NOW),
                () -> PlanLifecycle.afterEdit(cancelled, cancelled.withSetup(cancelled.setup().toBuilder()
                        .stop("69000").build()), NOW));
        List<RuntimeException> thrown = new ArrayList<>();
        for (ThrowingCallable attempt : attempts) {
            Throwable refusal = catchThrowable(attempt);
            assertThat(refusal).isInstanceOf(RuntimeException.class);
            thrown.add((RuntimeException) refusal);
        }
        return thrown;
    }

    @Test
    void theEnglishBundleSaysEveryRefusalAsTheDomainDoes() {
        int worded = 0;
        for (RuntimeException refusal : refusals()) {
            var wording = WordedRefusal.of(refusal);
            if (wording.isPresent()) {
                assertThat(ENGLISH.render(wording.get())).as(refusal.getMessage()).contains(refusal.getMessage());
                assertThat(GERMAN.render(wording.get())).as(refusal.getMessage()).isPresent();
                worded++;
            }
        }
        // All but the frozen plans' edits, which name their change in English words (PlanChanges).
        assertThat(worded).isEqualTo(18);
    }

    @Test
    void fillsPastThePlanAreRefusedInGermanWithGermanNumbers() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("7")), NOW);
        RuntimeException refusal = (RuntimeException) catchThrowable(() ->
                TradeLifecycle.recordFills(open, List.of(), List.of(exit("8.5")), NOW));

        assertThat(refusal.getMessage()).isEqualTo("the exits close 8.5 contracts but only 7 were entered");
        assertThat(WordedRefusal.of(refusal).flatMap(GERMAN::render))
                .contains("Die Ausstiege schließen 8,5 Kontrakte, eingestiegen wurden aber nur 7");
        RuntimeException frozen = (RuntimeException) catchThrowable(() ->
                PlanOverrides.override(open, Rule.RISK_CAP, "news", NOW));
        assertThat(WordedRefusal.of(frozen).flatMap(GERMAN::render)).contains("Dieser Plan ist im Status „Offen“: Seine"
                + " Zahlen sind eingefroren (Übersteuerung abgelehnt); Ausführungen korrigieren Sie im Tab „Ausführungen“");
    }

    @Test
    void theSimulationsSaferRiskAndWarningReadAsTheDomainSaysAndInGerman() {
        for (SaferRisk safer : List.of(new SaferRisk(new java.math.BigDecimal("0.0085"), false),
                new SaferRisk(new java.math.BigDecimal("0.02"), true), new SaferRisk(null, false))) {
            assertThat(ENGLISH.render(SimulationWords.saferRisk(safer))).contains(safer.sentence());
        }
        assertThat(GERMAN.render(SimulationWords.saferRisk(new SaferRisk(new java.math.BigDecimal("0.0085"), false))))
                .contains("0,85 % je Trade oder weniger hält P(Drawdown > 20,00 %) unter 5,00 %.");
        // SimulationResult.warning()'s English for 1 and for 4 trades (RiskOfRuinSimulationTest reads the latter).
        assertThat(ENGLISH.render(Wording.of("sim.thinSample", 1, SimulationSample.FEW_TRADES)))
                .contains("Only 1 trade backs this simulation; below 30 the figures say little about you.");
        assertThat(ENGLISH.render(Wording.of("sim.thinSample", 4, SimulationSample.FEW_TRADES)))
                .contains("Only 4 trades back this simulation; below 30 the figures say little about you.");
        assertThat(GERMAN.render(Wording.of("sim.thinSample", 4, SimulationSample.FEW_TRADES)))
                .contains("Nur 4 Trades stützen diese Simulation; unter 30 sagen die Zahlen wenig über Sie aus.");
    }

    @Test
    void refusalsNamingATimeOrAnIndexReadInGerman() {
        TradePlan open = TradeLifecycle.open(ready(), List.of(entry("7")), NOW);
        RuntimeException early = (RuntimeException) catchThrowable(() -> TradeLifecycle.recordFills(open, List.of(),
                List.of(ExitFill.of("2026-03-02T09:30:00Z", "72100", "1", "0", ExitReason.TARGET)), NOW));
        assertThat(early.getMessage()).isEqualTo(
                "an exit fill at 2026-03-02T09:30:00Z comes before the first entry at 2026-03-02T10:00:00Z");
        assertThat(WordedRefusal.of(early).flatMap(GERMAN::render)).contains("eine Ausstiegsausführung um "
                + "02.03.2026 09:30:00 UTC liegt vor der ersten Einstiegsausführung um 02.03.2026 10:00:00 UTC");
        RuntimeException noExit = (RuntimeException) catchThrowable(() -> ExecutionCorrections.deleteExit(open, 2, NOW));
        assertThat(noExit.getMessage()).isEqualTo("there is no exit 3 (the trade has 0)");
        assertThat(WordedRefusal.of(noExit).flatMap(GERMAN::render))
                .contains("es gibt keine Ausstiegsausführung 3 (der Trade hat 0)");
    }

    @Test
    void theSimulationsInputAndSampleRefusalsReadAsTheDomainSaysAndInGerman() {
        List<ThrowingCallable> attempts = List.of(
                () -> new SimulationSettings(0, 100, 1L, null),
                () -> new SimulationSettings(100, 10_001, 1L, null),
                () -> SimulationSample.of(List.of(), "Main", java.time.ZoneOffset.UTC));
        for (ThrowingCallable attempt : attempts) {
            RuntimeException refusal = (RuntimeException) catchThrowable(attempt);
            assertThat(WordedRefusal.of(refusal).flatMap(ENGLISH::render)).as(refusal.getMessage())
                    .contains(refusal.getMessage());
        }
        RuntimeException paths = (RuntimeException) catchThrowable(attempts.get(0));
        assertThat(WordedRefusal.of(paths).flatMap(GERMAN::render))
                .contains("die Zahl der Pfade muss zwischen 1 und 1000000 liegen, war 0");
        RuntimeException empty = (RuntimeException) catchThrowable(attempts.get(2));
        assertThat(WordedRefusal.of(empty).flatMap(GERMAN::render))
                .contains("das Konto Main hat keinen geschlossenen Trade mit geplantem Risiko zum Neuziehen");
    }
}
