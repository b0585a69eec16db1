/** Enrollments of participants in cohorts: seats, the waitlist, and every change of status with who made it and why. */
package org.sanad.enrollment.enrollment;
