/**
 * Completion events for certification-service: written in the same transaction as the completion,
 * then delivered with retries by a relay that survives restarts. The event id is the idempotency key.
 */
package org.sanad.enrollment.outbox;
