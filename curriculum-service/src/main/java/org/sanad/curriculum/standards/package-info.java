/** The standards catalog: instruments (treaties, principles, national law), their provisions, and named profiles of them. */
package org.sanad.curriculum.standards;
