package org.sanad.enrollment.sync.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.paging.Page;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.sync.api.ChangePage;
import org.sanad.enrollment.sync.service.ChangeFeed;

@Path("/changes")
@Tag(name = "Partner sync", description = "What a partner institution pulls into its own systems: every change to the "
        + "cohorts shared with it, exports and statistics. Only cohorts the caller may see ever appear.")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class ChangeResource {

    private final ChangeFeed feed;
    private final CurrentCaller caller;

    public ChangeResource(ChangeFeed feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Changes since a cursor",
            description = "Start without a cursor for everything, then send back the last next cursor received. Each "
                    + "change carries the current state of a cohort or an enrollment, or deleted=true when the copy must "
                    + "forget it (a deleted COHORT takes its enrollments with it: the cohort is no longer shared). "
                    + "Applying the changes in order makes a copy converge exactly.")
    @APIResponse(responseCode = "200", description = "A page of changes and the cursor to continue from")
    public ChangePage changes(@QueryParam("cursor") String cursor,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return feed.since(cursor, size, CohortScope.of(caller.get()));
    }
}
