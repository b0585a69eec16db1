/** Officers and experts who attend cohorts, and the certified trainers who teach them. */
package org.sanad.enrollment.participant;
