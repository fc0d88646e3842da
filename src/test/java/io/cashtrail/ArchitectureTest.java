package io.cashtrail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of docs/architecture.md true: app → ui/cli → service → importer/report/store → domain. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.cashtrail");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("io.cashtrail.app..")
                .layer("Ui").definedBy("io.cashtrail.ui..")
                .layer("Cli").definedBy("io.cashtrail.cli..")
                .layer("Service").definedBy("io.cashtrail.service..")
                .layer("Importer").definedBy("io.cashtrail.importer..")
                .layer("Report").definedBy("io.cashtrail.report..")
                .layer("Store").definedBy("io.cashtrail.store..")
                .layer("I18n").definedBy("io.cashtrail.i18n..")
                .layer("Domain").definedBy("io.cashtrail.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
                .whereLayer("Importer").mayOnlyBeAccessedByLayers("Service", "Ui")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Service")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Importer")
                .whereLayer("I18n").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Service", "Importer", "Report")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void reportWritersKnowNothingOfTheDataOrTheScreens() {
        noClasses().that().resideInAPackage("io.cashtrail.report..").should().dependOnClassesThat()
                .resideInAnyPackage("io.cashtrail.ui..", "io.cashtrail.store..", "io.cashtrail.service..",
                        "io.cashtrail.importer..", "io.cashtrail.cli..", "io.cashtrail.app..", "java.sql..",
                        "org.jdbi..")
                .check(classes);
    }

    @Test
    void domainUsesOnlyTheJdk() {
        noClasses().that().resideInAPackage("io.cashtrail.domain..").should().dependOnClassesThat()
                .resideOutsideOfPackages("io.cashtrail.domain..", "java..").check(classes);
    }

    @Test
    void uiAndCliNeverTouchSqlOrPoi() {
        noClasses().that().resideInAnyPackage("io.cashtrail.ui..", "io.cashtrail.cli..").should()
                .dependOnClassesThat().resideInAnyPackage("java.sql..", "org.jdbi..", "org.h2..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void theUiSeesOnlyTheImportersDataNotItsReadersOrWriters() {
        noClasses().that().resideInAPackage("io.cashtrail.ui..").should().dependOnClassesThat()
                .haveFullyQualifiedName("io.cashtrail.importer.read.Spreadsheets").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("io.cashtrail.importer.plan.PlanApplier").orShould().dependOnClassesThat()
                .haveFullyQualifiedName("io.cashtrail.importer.plan.ImportPlanner").check(classes);
    }

    @Test
    void nothingButTheUiAndAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.cashtrail.ui..", "io.cashtrail.app..").should()
                .dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
