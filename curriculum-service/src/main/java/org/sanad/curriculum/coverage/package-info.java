/**
 * Coverage: which provisions a programme's objectives carry, in which modules and for how many hours,
 * and which provisions of an instrument or standards profile nothing covers.
 */
package org.sanad.curriculum.coverage;
