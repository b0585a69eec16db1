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

    /** A programme's, module's or cohort's code as the services exchange it. */
    public static final int CODE = 80;
    /** A programme's, module's or provision's title. */
    public static final int TITLE = 300;
    /** A provision's code ({@code UNCAT-11}); curriculum-service stores it as varchar(60). */
    public static final int PROVISION_CODE = 60;
    /** An instrument's code ({@code UNCAT}); curriculum-service stores it as varchar(40). */
    public static final int INSTRUMENT_CODE = 40;
    /** A cohort's language of instruction, a language tag ({@code ar}, {@code fr-MA}); enrollment stores varchar(10). */
    public static final int LANGUAGE = 10;
    /** The most standards one programme may cover. */
    public static final int STANDARDS = 500;

    private TrainingLimits() {
    }
}
