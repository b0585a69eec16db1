package org.sanad.common.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The data-access rules of the architecture contract catch what they are meant to, and only that. */
@Tag("unit")
class DataAccessRulesTest {

    @Entity
    static class Cohort {
        static Cohort findById(Object id) {
            return null;
        }

        void persist() {
        }
    }

    /** Reads through an EntityManager although it is no query class. */
    static class CohortService {
        private final EntityManager em;

        CohortService(EntityManager em) {
            this.em = em;
        }

        Cohort read(long id) {
            return em.find(Cohort.class, id);
        }
    }

    /** Reads with a static finder on the entity. */
    static class CohortReader {
        Cohort read(long id) {
            return Cohort.findById(id);
        }
    }

    /** Writes a new entity with its instance method: allowed anywhere. */
    static class CohortWriter {
        void write(Cohort cohort) {
            cohort.persist();
        }
    }

    /** The one place allowed to do both. */
    static class CohortQueries {
        private final EntityManager em;

        CohortQueries(EntityManager em) {
            this.em = em;
        }

        Cohort read(long id) {
            return em.find(Cohort.class, id) != null ? em.find(Cohort.class, id) : Cohort.findById(id);
        }
    }

    @Test
    void onlyQueryClassesTouchTheEntityManager() {
        ArchRule rule = rule("jakarta.persistence.EntityManager");
        assertTrue(rule.evaluate(classes(CohortService.class)).hasViolation());
        assertFalse(rule.evaluate(classes(CohortQueries.class, CohortWriter.class)).hasViolation());
    }

    @Test
    void onlyQueryClassesCallStaticFinders() {
        ArchRule rule = rule("static entity methods");
        assertTrue(rule.evaluate(classes(CohortReader.class, Cohort.class)).hasViolation());
        assertFalse(rule.evaluate(classes(CohortQueries.class, CohortWriter.class, Cohort.class)).hasViolation());
    }

    private static ArchRule rule(String describedBy) {
        return ArchitectureContract.RULES.stream().filter(rule -> rule.getDescription().contains(describedBy))
                .findFirst().orElseThrow().allowEmptyShould(true);
    }

    private static JavaClasses classes(Class<?>... types) {
        return new ClassFileImporter().importClasses(types);
    }
}
