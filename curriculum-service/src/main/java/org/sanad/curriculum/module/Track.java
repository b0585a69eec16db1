package org.sanad.curriculum.module;

/** Where in an officer's career a module is taught. */
public enum Track {
    FUNDAMENTAL,
    CONTINUOUS,
    SPECIALIZED
}
