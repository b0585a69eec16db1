/** The lifecycle modules and programmes share: draft, review, publication, retirement. */
package org.sanad.curriculum.versioning;
