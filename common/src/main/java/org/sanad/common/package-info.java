/**
 * Cross-cutting pieces every Sanad service needs: problem details, paging, role names, request ids.
 * Business logic never lives here.
 */
package org.sanad.common;
