package org.sanad.certification.certificate.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.api.BatchRequest;
import org.sanad.certification.certificate.api.CertificateRequest;
import org.sanad.certification.certificate.api.CertificateView;
import org.sanad.certification.certificate.api.Issued;
import org.sanad.certification.certificate.api.LineageView;
import org.sanad.certification.certificate.api.Renewal;
import org.sanad.certification.certificate.api.StatusChange;
import org.sanad.certification.certificate.document.CertificateDocuments;
import org.sanad.certification.certificate.proof.JsonLdMediaTypes;
import org.sanad.certification.certificate.proof.SecuredForm;
import org.sanad.certification.certificate.service.BatchIssuance;
import org.sanad.certification.certificate.service.Certificates;
import org.sanad.certification.certificate.service.Lineage;
import org.sanad.certification.certificate.service.Records;
import org.sanad.certification.certificate.service.StatusChanges.Transition;
import org.sanad.certification.certificate.service.StatusChanges;
import org.sanad.certification.language.Language;
import org.sanad.certification.signing.Signer;
import org.sanad.common.paging.Page;
import org.sanad.common.security.CurrentCaller;
import org.sanad.common.security.Roles;
import org.sanad.common.web.Responses;

@Path("/api/certification/certificates")
@Tag(name = "Certificates", description = "Trainer certificates: issued from completions or recorded by an admin, "
        + "revoked, suspended, reinstated and renewed, never deleted. Admins and auditors read all; anyone else "
        + "only their own (token subject = the holder's account); others answer 404.")
@RolesAllowed({Roles.ADMIN, Roles.CURRICULUM_AUTHOR, Roles.REGISTRAR, Roles.TRAINER, Roles.PARTNER, Roles.AUDITOR, Roles.SERVICE})
public class CertificateResource {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Records records;
    private final BatchIssuance batches;
    private final Certificates certificates;
    private final StatusChanges changes;
    private final Lineage lineage;
    private final CertificateDocuments documents;
    private final CurrentCaller caller;

    public CertificateResource(Records records, BatchIssuance batches, Certificates certificates, StatusChanges changes,
            Lineage lineage, CertificateDocuments documents, CurrentCaller caller) {
        this.records = records;
        this.batches = batches;
        this.certificates = certificates;
        this.changes = changes;
        this.lineage = lineage;
        this.documents = documents;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(operationId = "recordCertificate",
            summary = "Record a certificate", description = "For a training the platform did not run, e.g. a training "
            + "of trainers held before it existed. Signed, stored and logged like any other.")
    @APIResponse(responseCode = "201", description = "Issued; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "409", description = "The enrollment already holds a certificate in force")
    @APIResponse(responseCode = "422", description = "The training ends before it starts")
    public RestResponse<CertificateView> record(@Valid @NotNull CertificateRequest request, @Context UriInfo uri) {
        CertificateView view = records.record(List.of(request), caller.get()).get(0);
        return Responses.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build(), view);
    }

    @POST
    @Path("/batch")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "issueCertificates",
            summary = "Issue many certificates at once", description = "Up to 1,000 in one transaction and one log "
            + "append: all are issued or none. Send an `Idempotency-Key` to retry safely: a retry with the same key and "
            + "body (after a lost answer, say) gets the certificates the first request issued, with "
            + "`Idempotent-Replayed: true`, and issues nothing; the same key with another body is a 422. Keys are the "
            + "caller's own and are kept as long as the certificates.")
    @APIResponse(responseCode = "201", description = "Issued, in the order sent (or, for a retry, as first issued)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Issued.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed, or a malformed Idempotency-Key")
    @APIResponse(responseCode = "409", description = "An enrollment already holds a certificate in force, or appears twice")
    @APIResponse(responseCode = "413", description = "The body is larger than the service accepts")
    @APIResponse(responseCode = "422", description = "A training ends before it starts, or the Idempotency-Key was used "
            + "for a different batch")
    public RestResponse<List<Issued>> batch(@Valid @NotNull BatchRequest batch,
            @HeaderParam(IDEMPOTENCY_KEY) @Size(min = 1, max = 255) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be 1 to 255 visible ASCII characters")
            @Parameter(description = "Any unique string per batch, e.g. a UUID", example = "8e0f6c1e-batch-2025-03")
            String idempotencyKey) {
        BatchIssuance.Outcome outcome = batches.issue(batch, idempotencyKey, caller.get());
        List<Issued> issued = outcome.certificates().stream()
                .map(c -> new Issued(c.id(), c.serial(), c.verificationCode(), c.verificationUrl()))
                .toList();
        ResponseBuilder<List<Issued>> response = ResponseBuilder.create(RestResponse.Status.CREATED, issued);
        return outcome.replayed() ? response.header("Idempotent-Replayed", "true").build() : response.build();
    }

    @GET
    @Operation(operationId = "listCertificates",
            summary = "Certificates the caller may see", description = "Ordered by serial number. Admins and auditors "
            + "see all; anyone else their own.")
    @APIResponse(responseCode = "200", description = "A page of certificates")
    @APIResponse(responseCode = "400", description = "A bad size, status or cursor")
    public Page<CertificateView> list(@QueryParam("institution") @Parameter(example = "DGSN") String institution,
            @QueryParam("programme") @Parameter(example = "TOT-MIGRATION") String programme,
            @QueryParam("status") CertificateStatus status,
            @QueryParam("participantId") Long participantId,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return certificates.list(new Certificates.Filter(institution, programme, status, participantId), size, cursor,
                caller.get());
    }

    @GET
    @Path("/expiring")
    @RolesAllowed({ADMIN, AUDITOR})
    @Operation(operationId = "listExpiringCertificates",
            summary = "Certificates expiring soon", description = "Active certificates whose validity ends within the "
            + "next `withinDays` days, soonest first: whom to recertify.")
    @APIResponse(responseCode = "200", description = "A page of certificates")
    @APIResponse(responseCode = "400", description = "A bad window, size or cursor")
    public Page<CertificateView> expiring(@QueryParam("withinDays") @DefaultValue("90") @Min(1) @Max(3660) int withinDays,
            @QueryParam("institution") @Pattern(regexp = CertificateRequest.INSTITUTION) String institution,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return certificates.expiring(OffsetDateTime.now().plusDays(withinDays), institution, size, cursor, caller.get());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "readCertificate",
            summary = "Read a certificate", description = "With its signed credential (VC-JWT).")
    @APIResponse(responseCode = "200", description = "The certificate")
    public CertificateView read(@PathParam("id") UUID id) {
        return certificates.read(id, caller.get());
    }

    @GET
    @Path("/{id}/credential")
    @Produces({Signer.VC_JWT_MEDIA_TYPE, JsonLdMediaTypes.VC, JsonLdMediaTypes.JSON_LD})
    @Operation(operationId = "readCertificateCredential",
            summary = "The certificate's verifiable credential", description = "The Open Badges 3.0.3 credential as issued: "
            + "signed as a VC-JWT (`application/vc+jwt`, the default), or with an embedded Data Integrity proof "
            + "(`eddsa-rdfc-2022`, `application/vc` or `application/ld+json`) for wallets that want one. Both say the "
            + "same; both verify with the keys the issuer's profile publishes.")
    @APIResponse(responseCode = "200", description = "The credential", content = {
            @Content(mediaType = Signer.VC_JWT_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, description = "A VC-JWT")),
            @Content(mediaType = JsonLdMediaTypes.VC, schema = @Schema(type = SchemaType.OBJECT,
                    description = "An OpenBadgeCredential with a DataIntegrityProof")),
            @Content(mediaType = JsonLdMediaTypes.JSON_LD, schema = @Schema(type = SchemaType.OBJECT,
                    description = "An OpenBadgeCredential with a DataIntegrityProof"))})
    public Response credential(@PathParam("id") UUID id, @Context Request request) {
        SecuredForm form = SecuredForm.chosenBy(request, List.of(JsonLdMediaTypes.VC, JsonLdMediaTypes.JSON_LD));
        return Response.ok(certificates.credential(id, caller.get(), !form.jwt()), form.mediaType())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    @Operation(operationId = "downloadCertificateDocument",
            summary = "The certificate to print", description = "A one-page A4 PDF with a QR code of the verification URL, "
            + "in English, French or Arabic (`lang`, else the holder's chosen language, else English); an Arabic "
            + "certificate is laid out right to left, and names in Arabic script are joined and right to left in any "
            + "language. A revoked or suspended certificate says so on the page.")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A language other than en, fr or ar")
    public Response document(@PathParam("id") UUID id,
            @QueryParam("lang") @Pattern(regexp = Language.TAGS) @Parameter(example = "ar") String lang) {
        CertificateDocuments.Document document = documents.render(id, lang, caller.get());
        return Response.ok(document.pdf(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.fileName() + "\"").build();
    }

    @GET
    @Path("/{id}/lineage")
    @RolesAllowed({ADMIN, AUDITOR})
    @Operation(operationId = "readCertificateLineage",
            summary = "Who trained the holder", description = "The trainers of the certified training and, for each, "
            + "whether they held a trainer certificate in force throughout it (validity dates and the status history in "
            + "the log); flagged when not.")
    @APIResponse(responseCode = "200", description = "The trainers and their flags")
    public LineageView lineage(@PathParam("id") UUID id) {
        return lineage.of(id, caller.get());
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "revokeCertificate",
            summary = "Revoke a certificate", description = "For good. Published at once in the revocation status list "
            + "and appended to the log; the certificate itself is kept.")
    @APIResponse(responseCode = "200", description = "The certificate, revoked")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public CertificateView revoke(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return changes.change(id, Transition.REVOKE, change, caller.get());
    }

    @POST
    @Path("/{id}/suspension")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "suspendCertificate",
            summary = "Suspend a certificate", description = "Not in force until reinstated, e.g. during an inquiry.")
    @APIResponse(responseCode = "200", description = "The certificate, suspended")
    @APIResponse(responseCode = "409", description = "Not active")
    public CertificateView suspend(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return changes.change(id, Transition.SUSPEND, change, caller.get());
    }

    @POST
    @Path("/{id}/reinstatement")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "reinstateCertificate", summary = "Reinstate a suspended certificate",
            description = "Lifts a suspension: the certificate verifies as valid again, and the change is appended to the "
                    + "transparency log.")
    @APIResponse(responseCode = "200", description = "The certificate, active again")
    @APIResponse(responseCode = "409", description = "Not suspended")
    public CertificateView reinstate(@PathParam("id") UUID id, @Valid @NotNull StatusChange change) {
        return changes.change(id, Transition.REINSTATE, change, caller.get());
    }

    @POST
    @Path("/{id}/renewal")
    @RolesAllowed(ADMIN)
    @Operation(operationId = "renewCertificate",
            summary = "Renew (recertify)", description = "Issues a new certificate for the same holder and programme after "
            + "a later training; it records the one it supersedes, which is revoked as SUPERSEDED if still in force.")
    @APIResponse(responseCode = "201", description = "The new certificate; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "422", description = "The training is not later than the one certified")
    public RestResponse<CertificateView> renew(@PathParam("id") UUID id, @Valid @NotNull Renewal renewal, @Context UriInfo uri) {
        CertificateView view = changes.renew(id, renewal.training(), renewal.validityMonths(), caller.get());
        return Responses.created(uri.getBaseUriBuilder().path("/api/certification/certificates/" + view.id()).build(), view);
    }
}
