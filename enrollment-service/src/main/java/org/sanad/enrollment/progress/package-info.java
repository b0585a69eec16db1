/** Attendance per session day, results per module, and completion computed from the cohort's pinned rules. */
package org.sanad.enrollment.progress;
