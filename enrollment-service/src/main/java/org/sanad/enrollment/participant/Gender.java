package org.sanad.enrollment.participant;

/** As the officer's institution records it; partners report numbers trained disaggregated by it. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
