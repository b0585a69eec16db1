package org.sanad.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The architecture rules every Sanad module follows, checked as plain JUnit tests. A module applies
 * them by extending this class and naming its base package.
 */
public abstract class ArchitectureContract {

    static final List<ArchRule> RULES = List.of(
            NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
                    .because("every log line must carry the request id kept in JBoss Logging's MDC"),
            NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
                    .because("a caller must be able to tell refusals apart (ProblemException says why)"),
            noFields().should().beAnnotatedWith("jakarta.inject.Inject")
                    .because("constructor injection keeps dependencies visible and classes testable without a container"),
            slices().matching("org.sanad.(**)").should().beFreeOfCycles()
                    .because("a feature must be understandable, and removable, on its own"),
            noClasses().that().resideInAPackage("..rest..")
                    .should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                    .because("the API speaks in records; entities are the database's shape and change with it"),
            methods().that().areAnnotatedWith("jakarta.ws.rs.POST").or().areAnnotatedWith("jakarta.ws.rs.PUT")
                    .or().areAnnotatedWith("jakarta.ws.rs.PATCH")
                    .and().areDeclaredInClassesThat().areNotAnnotatedWith(
                            "org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                    .should(new RequireTheirBody())
                    .because("a JSON body of null (or none) must be a 400 naming the body, not a NullPointerException"));

    /** The request body of a resource method, i.e. the one parameter without a JAX-RS source, is {@code @NotNull}. */
    private static final class RequireTheirBody extends ArchCondition<JavaMethod> {
        private static final List<String> SOURCES = List.of("jakarta.ws.rs.PathParam", "jakarta.ws.rs.QueryParam",
                "jakarta.ws.rs.HeaderParam", "jakarta.ws.rs.core.Context", "jakarta.ws.rs.BeanParam",
                "jakarta.ws.rs.FormParam", "jakarta.ws.rs.CookieParam");
        private static final List<String> CONTEXT_TYPES = List.of("jakarta.ws.rs.core.UriInfo", "jakarta.ws.rs.core.HttpHeaders",
                "jakarta.ws.rs.core.SecurityContext", "jakarta.ws.rs.core.Request", "io.vertx.core.http.HttpServerRequest");

        RequireTheirBody() {
            super("require their request body to be @NotNull");
        }

        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            for (JavaParameter parameter : method.getParameters()) {
                boolean sourced = parameter.getAnnotations().stream()
                        .anyMatch(a -> SOURCES.contains(a.getRawType().getName())
                                || a.getRawType().getPackageName().equals("org.jboss.resteasy.reactive"));
                boolean context = CONTEXT_TYPES.contains(parameter.getRawType().getName());
                if (!sourced && !context && !parameter.isAnnotatedWith("jakarta.validation.constraints.NotNull")) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes its body without @NotNull"));
                }
            }
        }
    }

    /** The packages of the module under test, e.g. {@code org.sanad.curriculum}. */
    protected abstract String[] packages();

    @TestFactory
    Stream<DynamicTest> followsTheArchitectureRules() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(packages());
        return RULES.stream().map(rule -> dynamicTest(rule.getDescription(), () -> {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
        }));
    }
}
