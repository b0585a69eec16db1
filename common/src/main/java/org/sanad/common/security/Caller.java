package org.sanad.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as the verified token says.
 *
 * @param subject the token's {@code sub}: the actor recorded in audit trails
 * @param roles the platform roles among the token's groups
 * @param institution the institution a registrar or partner is scoped to, when the token names one
 */
public record Caller(String subject, Set<String> roles, Optional<String> institution) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
