package dev.rapport.profile;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * No cycle between the packages of profile-service's main classes: each feature package may depend
 * on another only one way.
 */
class PackageCyclesTest {

  @Test
  void packagesAreFreeOfCycles() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rapport.profile");
    slices().matching("dev.rapport.profile.(*)..").should().beFreeOfCycles().check(classes);
  }
}
