/** Cohorts: one delivery of one published programme version to a group, on given dates and days. */
package org.sanad.enrollment.cohort;
