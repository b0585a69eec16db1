/** Comma-separated values as spreadsheets and partner systems exchange them. */
package org.sanad.enrollment.csv;
