package org.sanad.tools.login;

/** Signing in or refreshing did not work; the message says what to do. */
final class LoginFailed extends RuntimeException {

    LoginFailed(String message) {
        super(message);
    }
}
