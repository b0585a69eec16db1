/**
 * enrollment-service: cohorts that deliver a published programme version, the officers enrolled in
 * them, their attendance and results, the completions certification-service must learn of, and the
 * data partner institutions pull into their own systems.
 */
package org.sanad.enrollment;
