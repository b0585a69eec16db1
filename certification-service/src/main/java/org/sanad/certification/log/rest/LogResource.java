package org.sanad.certification.log.rest;

import static org.sanad.common.security.Roles.ADMIN;
import static org.sanad.common.security.Roles.AUDITOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.certification.log.LogAudit;
import org.sanad.certification.log.LogReader;
import org.sanad.certification.log.api.AuditReport;
import org.sanad.certification.log.api.CertificateProof;
import org.sanad.certification.log.api.ConsistencyProof;
import org.sanad.certification.log.api.EntryView;
import org.sanad.certification.log.api.HeadView;
import org.sanad.common.paging.Page;

@Path("/api/certification/log")
@Tag(name = "Transparency log", description = "Every issuance, revocation, suspension and reinstatement, appended to a "
        + "Merkle tree log in the manner of Certificate Transparency (RFC 9162) with a signed head. Auditors fetch it, "
        + "check proofs, and keep heads to detect any rewrite later.")
@RolesAllowed({ADMIN, AUDITOR})
public class LogResource {

    private final LogReader reader;
    private final LogAudit audit;

    public LogResource(LogReader reader, LogAudit audit) {
        this.reader = reader;
        this.audit = audit;
    }

    @GET
    @Path("/head")
    @Operation(operationId = "readLogHead", summary = "The current signed tree head",
            description = "The latest signed tree head: its size, root hash and signature, to keep and compare with later "
                    + "heads.")
    @APIResponse(responseCode = "200", description = "Size, root and signature")
    @APIResponse(responseCode = "404", description = "Nothing logged yet")
    public HeadView head() {
        return reader.latestHead();
    }

    @GET
    @Path("/heads")
    @Operation(operationId = "listLogHeads", summary = "Every signed head, smallest first", description = "One per append.")
    @APIResponse(responseCode = "200", description = "A page of heads")
    public Page<HeadView> heads(@QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return reader.heads(cursor, size);
    }

    @GET
    @Path("/entries")
    @Operation(operationId = "listLogEntries",
            summary = "The log's entries, in order", description = "Recompute each leaf hash from `content` and the "
            + "root from the leaves to check a signed head yourself.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    public Page<EntryView> entries(@QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @QueryParam("cursor") String cursor) {
        return reader.entries(cursor, size);
    }

    @GET
    @Path("/certificates/{id}/proof")
    @Operation(operationId = "readInclusionProof",
            summary = "Proof that a certificate's entries are in the log", description = "An inclusion proof per entry "
            + "against the signed head of `treeSize` (default: the latest).")
    @APIResponse(responseCode = "200", description = "The proofs and the head they lead to")
    @APIResponse(responseCode = "404", description = "No such certificate in the log, or no head of that size")
    @APIResponse(responseCode = "409", description = "Entries the head covers are missing")
    public CertificateProof proof(@PathParam("id") UUID id, @QueryParam("treeSize") @Min(1) Long treeSize) {
        return reader.proof(id, treeSize);
    }

    @GET
    @Path("/consistency")
    @Operation(operationId = "readConsistencyProof",
            summary = "Proof that a later head extends an earlier one", description = "Between two signed heads, by size.")
    @APIResponse(responseCode = "200", description = "The consistency proof")
    @APIResponse(responseCode = "400", description = "Sizes missing")
    @APIResponse(responseCode = "404", description = "No signed head of one of the sizes")
    @APIResponse(responseCode = "409", description = "Entries the heads cover are missing")
    @APIResponse(responseCode = "422", description = "`from` larger than `to`")
    public ConsistencyProof consistency(@QueryParam("from") @NotNull @Min(1) Long from, @QueryParam("to") @NotNull @Min(1) Long to) {
        return reader.consistency(from, to);
    }

    @GET
    @Path("/audit")
    @Operation(operationId = "auditLog",
            summary = "Check the whole log", description = "Recomputes every leaf hash and the chain, the root at every "
            + "signed head, verifies the latest head's signature, and checks every certificate against its entries. "
            + "Reports altered, reordered and removed entries and status changes made outside the log.")
    @APIResponse(responseCode = "200", description = "The report; `consistent` is false when anything was found")
    public AuditReport audit() {
        return audit.run();
    }
}
