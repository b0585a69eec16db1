/** Programmes: ordered published module versions, the rules to complete them, and the certificate they lead to. */
package org.sanad.curriculum.programme;
