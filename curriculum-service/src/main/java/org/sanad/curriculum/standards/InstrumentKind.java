package org.sanad.curriculum.standards;

/** What kind of text an instrument is, which tells a trainer how binding it is. */
public enum InstrumentKind {
    TREATY,
    OPTIONAL_PROTOCOL,
    SOFT_LAW,
    REGIONAL_CONVENTION,
    NATIONAL_LAW,
    IHL_PRINCIPLE
}
