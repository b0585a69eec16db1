package org.sanad.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The architecture rules every Sanad module follows, checked as plain JUnit tests. A module applies
 * them by extending this class and naming its base package.
 */
@Tag("unit")
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
            noClasses().should(new CallPanacheEntityManager())
                    .because("Panache.getEntityManager() is a dependency no constructor shows; a query class takes the"
                            + " EntityManager in its constructor"),
            noClasses().that().haveSimpleNameNotEndingWith("Queries").and().resideOutsideOfPackage("org.sanad.common.sql")
                    .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Tuple")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("io.agroal.api.AgroalDataSource")
                    .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                    .because("each aggregate's SQL lives in its query class (…Queries), which maps rows by column"
                            + " name; services keep policy and orchestration"),
            noClasses().that().haveSimpleNameNotEndingWith("Queries").should(new CallPanacheFinders())
                    .because("reads go through the aggregate's query class, so find usages on it shows every one;"
                            + " an entity is still created with persist() and changed by its fields"),
            methods().that().areAnnotatedWith("jakarta.ws.rs.POST").or().areAnnotatedWith("jakarta.ws.rs.PUT")
                    .or().areAnnotatedWith("jakarta.ws.rs.PATCH")
                    .and().areDeclaredInClassesThat().areNotAnnotatedWith(
                            "org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                    .should(new RequireTheirBody())
                    .because("a JSON body of null (or none) must be a 400 naming the body, not a NullPointerException"));

    /** Calls {@code Panache.getEntityManager()}, in any of its forms. */
    private static final class CallPanacheEntityManager extends ArchCondition<JavaClass> {
        CallPanacheEntityManager() {
            super("call Panache.getEntityManager()");
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                if (call.getTargetOwner().getName().equals("io.quarkus.hibernate.orm.panache.Panache")
                        && call.getName().equals("getEntityManager")) {
                    // Used with noClasses(): a call found satisfies the condition, which is the violation.
                    events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                }
            }
        }
    }

    /**
     * Calls one of the static methods Panache gives an entity ({@code Cohort.findById}, {@code Enrollment.list},
     * {@code Module.flush}, …), told apart from the instance methods by name and, for delete and persist, by
     * their arguments (Panache's classes are not imported, so the call is judged by its signature).
     */
    private static final class CallPanacheFinders extends ArchCondition<JavaClass> {
        private static final Set<String> STATIC = Set.of("find", "findAll", "findById", "findByIdOptional", "list",
                "listAll", "stream", "streamAll", "count", "deleteAll", "deleteById", "update", "flush",
                "getEntityManager", "getSession");
        private static final Set<String> STATIC_WITH_ARGUMENTS = Set.of("delete", "persist");

        CallPanacheFinders() {
            super("call Panache's static entity methods");
        }

        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                boolean onEntity = owner.isAnnotatedWith("jakarta.persistence.Entity")
                        || owner.isAnnotatedWith("jakarta.persistence.MappedSuperclass");
                String name = call.getName();
                boolean panacheStatic = STATIC.contains(name)
                        || (STATIC_WITH_ARGUMENTS.contains(name) && !call.getTarget().getRawParameterTypes().isEmpty());
                if (onEntity && panacheStatic) {
                    // Used with noClasses(): a call found satisfies the condition, which is the violation.
                    events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                }
            }
        }
    }

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
                // The shared test support comes in common's test-jar, which the option above cannot tell from main code.
                .withImportOption(location -> !location.contains("/org/sanad/common/testing/"))
                .importPackages(packages());
        return RULES.stream().map(rule -> dynamicTest(rule.getDescription(), () -> {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
        }));
    }
}
