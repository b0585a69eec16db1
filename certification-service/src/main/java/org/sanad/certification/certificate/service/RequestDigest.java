package org.sanad.certification.certificate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request as this service read it (the record written back as JSON), so that the same
 * request sent again with other whitespace or key order has the same digest, and any change of a value
 * has another. Tells a retry from a different request reusing its idempotency key.
 */
@ApplicationScoped
public class RequestDigest {

    private final ObjectMapper json;

    public RequestDigest(ObjectMapper json) {
        this.json = json;
    }

    public String of(Record request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot digest a " + request.getClass().getSimpleName(), e);
        }
    }
}
