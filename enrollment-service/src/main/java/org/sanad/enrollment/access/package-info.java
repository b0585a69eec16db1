/**
 * What a caller may see and act for: the cohorts in its scope and the institution its writes act for.
 * Every feature resolves references through it, so nothing outside a caller's scope exists for it.
 */
package org.sanad.enrollment.access;
