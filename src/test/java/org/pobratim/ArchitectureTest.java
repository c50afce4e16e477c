package org.pobratim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-way flow held by a test (ARCHITECTURE.md, CONVENTIONS.md): ingest → store → snapshot → web/cli. The domain
 * knows nothing of HTTP, SQL, JSON or the command line; each framework stays in the package that is about it; the
 * web layer uses only the store's services; and no two packages depend on each other.
 */
class ArchitectureTest {
    private static final String[] DOMAIN = {"org.pobratim.atlas..", "org.pobratim.names..", "org.pobratim.network..",
            "org.pobratim.explain.."};
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.pobratim");
    }

    @Test
    void theDomainImportsNoJavalinJdbiJacksonOrPicocli() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..",
                        "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "java.sql..", "com.fasterxml.jackson..",
                        "picocli..", "gg.jte..", "org.yaml..", "org.apache.lucene..")
                .check(classes);
    }

    @Test
    void eachFrameworkStaysInThePackageAboutIt() {
        noClasses().that().resideOutsideOfPackages("org.pobratim.web..", "org.pobratim.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "gg.jte..")
                .because("HTTP is the web layer's (the composition root only builds the server)")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.pobratim.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "com.zaxxer..",
                        "java.sql..")
                .because("SQL is the store's").check(classes);
        noClasses().that().resideOutsideOfPackage("org.pobratim.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("picocli..")
                .because("the command line is the cli's").check(classes);
        noClasses().that().resideOutsideOfPackage("org.pobratim.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..")
                .because("the index is search's").check(classes);
    }

    @Test
    void theWebUsesTheStoreOnlyThroughItsServices() {
        noClasses().that().resideInAPackage("org.pobratim.web..")
                .should().dependOnClassesThat().resideInAPackage("org.pobratim.store..")
                .andShould().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .because("pages and the API read snapshots; writes will go through the store's services")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.pobratim.read..", "org.pobratim.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.pobratim.store..", "org.pobratim.web..",
                        "org.pobratim.cli..", "org.pobratim.app..")
                .check(classes);
    }

    @Test
    void noPackagesDependOnEachOther() {
        slices().matching("org.pobratim.(*)..").should().beFreeOfCycles().check(classes);
    }
}
