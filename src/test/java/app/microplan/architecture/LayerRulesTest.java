package app.microplan.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of docs/design.md, section 1: ui → store → domain, checklist → domain, cli → domain/store/checklist.
 */
@AnalyzeClasses(packages = "app.microplan", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule domainImportsNothingOfOursOutsideIt = classes().that().resideInAPackage("app.microplan.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("app.microplan.domain..", "java..")
            .because("the domain is plain Java: no JavaFX, no Jackson, nothing of the other layers");

    @ArchTest
    static final ArchRule domainDoesNoIo = noClasses().that().resideInAPackage("app.microplan.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses().that().resideOutsideOfPackage("app.microplan.ui..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule onlyUiImportsUi = noClasses().that().resideOutsideOfPackage("app.microplan.ui..")
            .and().doNotHaveFullyQualifiedName("app.microplan.Launcher")
            .should().dependOnClassesThat().resideInAPackage("app.microplan.ui..");

    @ArchTest
    static final ArchRule storeAndChecklistDoNotUseTheCommandLine = noClasses()
            .that().resideInAnyPackage("app.microplan.store..", "app.microplan.checklist..", "app.microplan.domain..")
            .should().dependOnClassesThat().resideInAPackage("app.microplan.cli..");
}
