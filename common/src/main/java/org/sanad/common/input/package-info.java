/**
 * What every service refuses at its border before anything reaches the database: text PostgreSQL
 * cannot store, values of the wrong JSON type, dates outside the years the platform deals with, and
 * query or path parameters that do not parse. Each refusal is a 400 naming the field.
 */
package org.sanad.common.input;
