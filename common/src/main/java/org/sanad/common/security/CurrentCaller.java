package org.sanad.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Resolves the {@link Caller} of the request being served. */
@ApplicationScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        Optional<String> institution = Optional.empty();
        String subject = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            subject = jwt.getSubject() != null ? jwt.getSubject() : subject;
            institution = Optional.ofNullable(jwt.<Object>getClaim(Roles.INSTITUTION_CLAIM))
                    .map(Object::toString)
                    .map(CurrentCaller::unquote)
                    .filter(value -> !value.isBlank());
        }
        var roles = identity.getRoles().stream().filter(Roles.ALL::contains).collect(Collectors.toSet());
        return new Caller(subject, roles, institution);
    }

    // A JSON string claim can come back as a JsonString whose toString() keeps the quotes.
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
