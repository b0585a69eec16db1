package org.sanad.common.contract;

/**
 * Sizes of a training that curriculum-service accepts and enrollment-service stores when it pins a
 * programme to a cohort. Both sides use these, so a module curriculum publishes can always be run.
 */
public final class TrainingLimits {

    /** One module's length in hours; enrollment-service stores it as numeric(6,2), curriculum as numeric(6,1). */
    public static final String MAX_MODULE_HOURS = "1000";
    public static final String MIN_MODULE_HOURS = "0.5";
    /** Hours are authored to a tenth, the precision curriculum-service stores. */
    public static final int HOURS_FRACTION_DIGITS = 1;

    private TrainingLimits() {
    }
}
