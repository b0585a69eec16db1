package org.sanad.enrollment.enrollment.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;
import static org.sanad.common.security.Roles.PARTNER;
import static org.sanad.common.security.Roles.REGISTRAR;
import static org.sanad.common.security.Roles.SERVICE;
import static org.sanad.common.security.Roles.TRAINER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.common.security.CurrentCaller;
import org.sanad.enrollment.access.CohortScope;
import org.sanad.enrollment.enrollment.api.EnrollmentView;
import org.sanad.enrollment.enrollment.api.TransitionRequest;
import org.sanad.enrollment.enrollment.api.TransitionView;
import org.sanad.enrollment.enrollment.service.Enrollments;
import org.sanad.enrollment.progress.Outcome;
import org.sanad.enrollment.progress.api.ProgressView;
import org.sanad.enrollment.progress.service.Progress;

@Path("/enrollments")
@Tag(name = "Enrollments", description = "Participants in cohorts: seats and the waitlist, status changes with their "
        + "history. Visible to whoever may see the cohort; changed by its host institution's registrars.")
@RolesAllowed({ADMIN, REGISTRAR, TRAINER, PARTNER, AUDITOR, SERVICE})
public class EnrollmentResource {

    private final Enrollments enrollments;
    private final Progress progress;
    private final CurrentCaller caller;

    public EnrollmentResource(Enrollments enrollments, Progress progress, CurrentCaller caller) {
        this.enrollments = enrollments;
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readEnrollment", summary = "Read an enrollment",
            description = "The enrollment with its participant, as the caller may see them, and its status.")
    @APIResponse(responseCode = "200", description = "The enrollment")
    public EnrollmentView read(@PathParam("id") long id) {
        return enrollments.read(id, CohortScope.of(caller.get()));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "readEnrollmentHistory",
            summary = "Every status change of an enrollment", description = "Oldest first, with actor, time and reason.")
    @APIResponse(responseCode = "200", description = "The transitions")
    public List<TransitionView> history(@PathParam("id") long id) {
        return enrollments.history(id, CohortScope.of(caller.get()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "changeEnrollmentStatus", summary = "Move an enrollment",
            description = "CONFIRMED (a seat, or the waitlist when full), ATTENDING (once the cohort is in progress), "
                    + "WITHDRAWN or NO_SHOW. A freed seat goes to the first on the waitlist. COMPLETED and NOT_COMPLETED "
                    + "follow from results only.")
    @APIResponse(responseCode = "200", description = "The enrollment in its new status")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "That move is not allowed now")
    public EnrollmentView transition(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
        return enrollments.transition(id, request.status(), request.reason(), CohortScope.of(caller.get()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "deleteEnrollment", summary = "Delete a nomination made in error",
            description = "Only while NOMINATED; anything further is withdrawn instead, so its history stays. Partners "
                    + "receive a tombstone in their change feed.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "No longer a nomination")
    public void delete(@PathParam("id") long id) {
        enrollments.delete(id, CohortScope.of(caller.get()));
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "readEnrollmentProgress", summary = "Attendance, scores and the completion they would give now",
            description = "What was recorded for the enrollment so far and the outcome the pinned completion rules would "
                    + "give if the cohort completed now.")
    @APIResponse(responseCode = "200", description = "The progress")
    public ProgressView progress(@PathParam("id") long id) {
        return progress.progress(id, CohortScope.of(caller.get()));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({ADMIN, REGISTRAR})
    @Operation(operationId = "computeEnrollmentCompletion", summary = "Compute an enrollment's completion now",
            description = "COMPLETED when every rule is met, else NOT_COMPLETED with the reasons. A NOT_COMPLETED can "
                    + "become COMPLETED after a corrected result; a completion that earns a certificate is sent to "
                    + "certification-service.")
    @APIResponse(responseCode = "200", description = "The outcome")
    @APIResponse(responseCode = "403", description = "Not a registrar of the host institution")
    @APIResponse(responseCode = "409", description = "The cohort or the enrollment is not at a stage to complete")
    public Outcome complete(@PathParam("id") long id) {
        return progress.complete(id, CohortScope.of(caller.get()));
    }
}
