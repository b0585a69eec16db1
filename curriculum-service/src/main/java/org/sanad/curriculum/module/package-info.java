/** Training modules: operational units (arrest, custody, ...) whose objectives carry human-rights provisions. */
package org.sanad.curriculum.module;
