package org.sanad.certification.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.sanad.certification.CertificationSettings;
import org.sanad.certification.certificate.CertificateStatus;
import org.sanad.certification.certificate.credential.StatusListPosition;
import org.sanad.certification.certificate.proof.IssuerProofs;
import org.sanad.certification.certificate.proof.PublishedContexts;
import org.sanad.certification.issuer.Issuers;
import org.sanad.certification.signing.Signer;
import org.sanad.common.problem.ProblemException;

/**
 * Publishes W3C Bitstring Status List credentials: one bit per certificate, set when it is revoked
 * (or suspended, in the suspension list), gzip-compressed and signed in the name of the institution
 * that issued the certificates it covers, as a VC-JWT and as JSON-LD with a Data Integrity proof.
 * Every status change appends to the log, so the log's size is the version of every list: a list is
 * rebuilt only after a change.
 */
@ApplicationScoped
public class StatusLists {

    /** How long a verifier may use a copy before fetching again, in milliseconds (the list's {@code ttl}). */
    static final long TTL_MILLIS = 300_000;
    static final Map<String, CertificateStatus> STATUS_OF_PURPOSE =
            Map.of("revocation", CertificateStatus.REVOKED, "suspension", CertificateStatus.SUSPENDED);

    private final StatusListQueries queries;
    private final Signer signer;
    private final IssuerProofs proofs;
    private final Issuers issuers;
    private final CertificationSettings settings;
    private final ObjectMapper json;
    private final Map<String, PublishedList> cache = new ConcurrentHashMap<>();

    public StatusLists(StatusListQueries queries, Signer signer, IssuerProofs proofs, Issuers issuers,
            CertificationSettings settings, ObjectMapper json) {
        this.queries = queries;
        this.signer = signer;
        this.proofs = proofs;
        this.issuers = issuers;
        this.settings = settings;
        this.json = json;
    }

    @Transactional
    public PublishedList publish(String issuer, String purpose, long list) {
        CertificateStatus status = STATUS_OF_PURPOSE.get(purpose);
        String name = issuer + "/" + purpose + "/" + list;
        if (status == null || list < 0) {
            throw ProblemException.notFound("Status list", name);
        }
        StatusListQueries.Extent extent = queries.extent(issuer);
        long version = extent.logSize();
        if (extent.highestNumber() < 0 || list > extent.highestNumber() / StatusListPosition.SIZE) {
            throw ProblemException.notFound("Status list", name);
        }
        PublishedList cached = cache.get(name);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        PublishedList built = build(issuer, purpose, list, status, version);
        cache.put(name, built);
        return built;
    }

    private PublishedList build(String issuer, String purpose, long list, CertificateStatus status, long version) {
        List<Long> numbers = queries.numbersIn(issuer, status, list * StatusListPosition.SIZE,
                (list + 1) * StatusListPosition.SIZE);
        byte[] bits = new byte[StatusListPosition.SIZE / 8];
        for (long number : numbers) {
            int index = StatusListPosition.of(number).index();
            // Index 0 is the leftmost bit of the first byte.
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        String url = settings.url(StatusListPosition.path(issuer, purpose, list));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ObjectNode credential = json.createObjectNode();
        credential.putArray("@context").add(PublishedContexts.CREDENTIALS_V2);
        credential.put("id", url);
        credential.putArray("type").add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", issuers.id(issuer));
        credential.put("validFrom", now.toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose);
        subject.put("encodedList", "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits)));
        subject.put("ttl", TTL_MILLIS);
        Signer.Signed signed = signer.sign(credential, Signer.JWT_TYPE);
        ObjectNode proven = proofs.prove(credential, issuers.id(issuer), now);
        return new PublishedList(version, proven.toString(), signed.compact(),
                issuer + "-" + purpose + "-" + list + "-" + version);
    }

    private static byte[] gzip(byte[] bits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A status list as published: as JSON-LD with an embedded proof, and the same signed as a VC-JWT.
     *
     * @param revision names this version of this list, the same for both forms
     */
    public record PublishedList(long version, String credentialJson, String jwt, String revision) {

        /** The strong ETag of one form: the two forms are different bytes, so they never share one. */
        public EntityTag etag(boolean jwt) {
            return new EntityTag(revision + (jwt ? "-jwt" : "-ld"));
        }
    }
}
