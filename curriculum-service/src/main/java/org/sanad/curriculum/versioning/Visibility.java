package org.sanad.curriculum.versioning;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import org.sanad.common.security.CurrentCaller;
import org.sanad.common.security.Roles;

/** Authors and admins see every version; everyone else sees only published and retired ones. */
@ApplicationScoped
public class Visibility {

    private final CurrentCaller caller;

    public Visibility(CurrentCaller caller) {
        this.caller = caller;
    }

    public boolean seesDrafts() {
        return caller.get().hasAnyRole(Roles.ADMIN, Roles.CURRICULUM_AUTHOR);
    }

    public boolean canSee(VersionStatus status) {
        return seesDrafts() || VersionStatus.visibleToReaders().contains(status);
    }

    public Set<VersionStatus> visibleStatuses() {
        return seesDrafts() ? EnumSet.allOf(VersionStatus.class) : VersionStatus.visibleToReaders();
    }

    /** The statuses a search may return: the one asked for if the caller may see it, else all it may see. */
    public Set<VersionStatus> searchable(VersionStatus requested) {
        Set<VersionStatus> visible = visibleStatuses();
        if (requested == null) {
            return visible;
        }
        return visible.contains(requested) ? Set.of(requested) : Set.of();
    }

    public String actor() {
        return caller.get().subject();
    }
}
