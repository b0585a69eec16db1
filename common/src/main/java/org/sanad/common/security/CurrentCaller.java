package org.sanad.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.sanad.common.contract.PersonLimits;
import org.sanad.common.input.StorableText;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;

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
        // OpenID Connect Core 1.0, section 2: sub is at most 255 ASCII characters; actor columns are as wide.
        if (subject.length() > PersonLimits.ACCOUNT || !StorableText.isStorable(subject)) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "The token's subject must be at most "
                    + PersonLimits.ACCOUNT + " characters of storable text, as OpenID Connect requires");
        }
        if (institution.isPresent() && !INSTITUTION.matcher(institution.get()).matches()) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "The token's institution is not an institution code");
        }
        var roles = identity.getRoles().stream().filter(Roles.ALL::contains).collect(Collectors.toSet());
        return new Caller(subject, roles, institution);
    }

    private static final Pattern INSTITUTION = Pattern.compile(PersonLimits.INSTITUTION_CODE);

    // A JSON string claim can come back as a JsonString whose toString() keeps the quotes.
    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
