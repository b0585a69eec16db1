package org.sanad.common.input;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter whose value cannot be read as its type. Quarkus REST would answer such a
 * parameter with 404, as if the resource did not exist; we answer 400 naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + " " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
