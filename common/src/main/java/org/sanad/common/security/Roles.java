package org.sanad.common.security;

import java.util.Set;

/** The roles a token carries in its {@code groups} claim. Every endpoint names the ones it admits. */
public final class Roles {

    /** Runs the platform: everything, everywhere. */
    public static final String ADMIN = "admin";
    /** Writes instruments, modules and programmes. */
    public static final String CURRICULUM_AUTHOR = "curriculum-author";
    /** Opens cohorts and enrolls officers for its own institution. */
    public static final String REGISTRAR = "registrar";
    /** Records attendance and results in the cohorts they teach. */
    public static final String TRAINER = "trainer";
    /** Reads the cohorts shared with its institution. */
    public static final String PARTNER = "partner";
    /** Reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Another Sanad service calling on its own behalf. */
    public static final String SERVICE = "service";

    public static final Set<String> ALL =
            Set.of(ADMIN, CURRICULUM_AUTHOR, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE);

    /** The claim naming the institution a registrar or partner acts for, e.g. {@code DGSN} or {@code MINUSMA}. */
    public static final String INSTITUTION_CLAIM = "institution";

    private Roles() {
    }
}
