/** What partners pull: the change feed with tombstones, streamed exports and statistics. */
package org.sanad.enrollment.sync;
