package org.sanad.common.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Revalidation of public answers that are read far more often than they change: a strong ETag made from
 * the representation's own bytes, and {@code If-None-Match} evaluated against it as RFC 9110 (13.1.2)
 * says: {@code *}, or any tag of the list by weak comparison.
 */
public final class ContentTags {

    /** 128 bits of the SHA-256 of the content: no two representations a client meets share one. */
    private static final int TAG_BYTES = 16;

    private ContentTags() {
    }

    public static EntityTag of(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, TAG_BYTES)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The answer with its ETag, or 304 Not Modified (and the ETag) when the client already holds it. */
    public static Response.ResponseBuilder revalidated(String ifNoneMatch, byte[] body, MediaType type) {
        EntityTag tag = of(body);
        return matches(ifNoneMatch, tag) ? Response.notModified(tag) : Response.ok(body, type).tag(tag);
    }

    /** Whether the client already holds this representation: then the answer is 304 Not Modified. */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String listed = candidate.strip();
            if (listed.equals("*")) {
                return true;
            }
            if (listed.startsWith("W/")) {
                listed = listed.substring(2);
            }
            if (listed.equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
