/**
 * curriculum-service: the human-rights standards catalog, training modules that carry those standards
 * inside operational training, programmes built from published modules, and what they cover.
 */
package org.sanad.curriculum;
