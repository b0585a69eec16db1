package org.sanad.common.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The roles a token carries in its {@code groups} claim, and what each may do. Every endpoint names the ones it admits. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CURRICULUM_AUTHOR = "curriculum-author";
    public static final String REGISTRAR = "registrar";
    public static final String TRAINER = "trainer";
    public static final String PARTNER = "partner";
    public static final String AUDITOR = "auditor";
    public static final String SERVICE = "service";

    /** What each role may do, in the words the API documents them with. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    public static final Set<String> ALL = DESCRIPTIONS.keySet();

    /** The claim naming the institution a registrar or partner acts for, e.g. {@code DGSN} or {@code MINUSMA}. */
    public static final String INSTITUTION_CLAIM = "institution";

    private Roles() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(ADMIN, "runs the platform: everything, everywhere");
        roles.put(CURRICULUM_AUTHOR, "writes instruments, modules and programmes");
        roles.put(REGISTRAR, "opens cohorts and enrolls officers for its own institution");
        roles.put(TRAINER, "records attendance and results in the cohorts they teach; reads their own certificates");
        roles.put(PARTNER, "reads the cohorts shared with its institution");
        roles.put(AUDITOR, "reads everything, changes nothing");
        roles.put(SERVICE, "another Sanad service calling on its own behalf");
        return Collections.unmodifiableMap(roles);
    }
}
