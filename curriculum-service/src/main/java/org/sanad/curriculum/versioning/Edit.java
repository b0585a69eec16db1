package org.sanad.curriculum.versioning;

import org.sanad.common.web.Revisioned;

/** The version now holding an author's edit, and whether the edit created it. */
public record Edit<T>(Revisioned<T> version, boolean created) {
}
