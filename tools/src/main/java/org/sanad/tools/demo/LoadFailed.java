package org.sanad.tools.demo;

/** The load cannot go on; the message says why and what to do. */
final class LoadFailed extends RuntimeException {

    LoadFailed(String message) {
        super(message);
    }
}
