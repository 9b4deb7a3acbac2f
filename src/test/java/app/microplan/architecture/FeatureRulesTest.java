package app.microplan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the window's features stay apart (docs/design.md, section 1): a feature uses {@code ui.common} and the shared
 * plan model ({@code ui.plan}), never another feature; the window ({@code ui.shell}) and the application class put
 * them together. View models know no nodes, stages or control libraries, so plain tests drive them.
 */
@AnalyzeClasses(packages = "app.microplan", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureRulesTest {
    private static final String UI = "app.microplan.ui..";
    private static final String COMMON = "app.microplan.ui.common..";
    private static final String PLAN = "app.microplan.ui.plan..";
    private static final String SHELL = "app.microplan.ui.shell..";

    @ArchTest
    static final ArchRule featuresUseOnlyCommonAndThePlanModel = slices().matching("app.microplan.ui.(*)..")
            .namingSlices("feature $1")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(SHELL), alwaysTrue())
            .ignoreDependency(alwaysTrue(), resideInAnyPackage(COMMON, PLAN))
            .because("a feature (sizing, gauge, fills, stats, …) is a part the window puts together; what two of them "
                    + "share belongs in ui.common or in the plan model, so one can change without the other");

    @ArchTest
    static final ArchRule onlyTheApplicationAndTheWindowComposeFeatures = noClasses()
            .that().resideInAPackage(UI).and().resideOutsideOfPackages(SHELL)
            .and().resideOutsideOfPackage("app.microplan.ui")
            .should().dependOnClassesThat().resideInAPackage(SHELL)
            .because("the window knows its features, not the other way round");

    @ArchTest
    static final ArchRule commonUsesNoFeature = noClasses().that().resideInAPackage(COMMON)
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(resideInAPackage(COMMON))));

    @ArchTest
    static final ArchRule thePlanModelUsesNoFeature = noClasses().that().resideInAPackage(PLAN)
            .should().dependOnClassesThat(resideInAPackage(UI).and(not(resideInAnyPackage(COMMON, PLAN))));

    @ArchTest
    static final ArchRule viewModelsKnowNoNodesStagesOrControlLibraries = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "atlantafx..",
                    "org.controlsfx..")
            .because("a view model holds state and commands and is tested without a window");

    @ArchTest
    static final ArchRule theChecklistDoesNotReadTheJournal = noClasses()
            .that().resideInAPackage("app.microplan.checklist..")
            .should().dependOnClassesThat().resideInAPackage("app.microplan.store..")
            .because("a checklist is made from the plan it is handed; the store is the caller's business");
}
