package org.sanad.enrollment.cohort;

import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One module of the pinned programme version, as it was when the cohort was created. */
@Embeddable
public class CohortModule {

    public int position;
    public String moduleCode;
    public int moduleVersion;
    public String title;
    public BigDecimal durationHours;
    public int minScore;
}
