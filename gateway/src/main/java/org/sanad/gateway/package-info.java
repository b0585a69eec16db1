/**
 * The gateway: the one port a client needs. It verifies the caller's token, then streams the request
 * to the service that owns the path and the answer back, adding nothing but tracing headers.
 */
package org.sanad.gateway;
