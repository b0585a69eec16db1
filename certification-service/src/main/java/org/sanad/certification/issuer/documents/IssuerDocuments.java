package org.sanad.certification.issuer.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import org.sanad.certification.certificate.credential.OpenBadgeCredentials;
import org.sanad.certification.certificate.proof.Multikey;
import org.sanad.certification.certificate.proof.PublishedContexts;
import org.sanad.certification.issuer.Issuers;
import org.sanad.certification.signing.KeyLocations;
import org.sanad.certification.signing.SigningKeys;
import org.sanad.certification.signing.SigningKeys.PublishedKey;
import org.sanad.common.problem.ProblemException;

/**
 * The documents a verifier dereferences from a credential: the issuer's Open Badges {@code Profile}
 * (listing, as {@code assertionMethod}, every key that ever signed in its name), each of those keys as a
 * {@code Multikey} controlled by the issuer, and the {@code Achievement} of a programme version.
 */
@ApplicationScoped
public class IssuerDocuments {

    /** Defines {@code assertionMethod} on a controller document, which the credential contexts do not. */
    static final String CONTROLLER_CONTEXT = "https://www.w3.org/ns/did/v1";
    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

    private final Issuers issuers;
    private final IssuerQueries queries;
    private final SigningKeys keys;
    private final KeyLocations locations;
    private final OpenBadgeCredentials credentials;
    private final ObjectMapper json;

    public IssuerDocuments(Issuers issuers, IssuerQueries queries, SigningKeys keys, KeyLocations locations,
            OpenBadgeCredentials credentials, ObjectMapper json) {
        this.issuers = issuers;
        this.queries = queries;
        this.keys = keys;
        this.locations = locations;
        this.credentials = credentials;
        this.json = json;
    }

    /** The institution's profile; 404 for an institution that never signed and is not configured. */
    @Transactional
    public ObjectNode profile(String institution) {
        requireIssuer(institution);
        ObjectNode profile = issuers.embedded(institution);
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(PublishedContexts.CREDENTIALS_V2).add(PublishedContexts.OPEN_BADGES_V3)
                .add(CONTROLLER_CONTEXT);
        document.setAll(profile);
        issuers.description(institution).ifPresent(description -> document.put("description", description));
        ArrayNode methods = document.putArray("assertionMethod");
        for (PublishedKey key : keys.published()) {
            methods.add(locations.verificationMethod(issuers.id(institution), key.kid()));
        }
        return document;
    }

    /** One of the keys that sign in the institution's name, as a Multikey it controls. */
    @Transactional
    public ObjectNode key(String institution, String kid) {
        requireIssuer(institution);
        PublicKey key = keys.publicKey(kid).orElseThrow(() -> ProblemException.notFound("Key", kid));
        ObjectNode method = json.createObjectNode();
        method.put("@context", MULTIKEY_CONTEXT);
        method.put("id", locations.verificationMethod(issuers.id(institution), kid));
        method.put("type", "Multikey");
        method.put("controller", issuers.id(institution));
        method.put("publicKeyMultibase", Multikey.publicKeyMultibase(key));
        return method;
    }

    /** The achievement of a programme version, as its latest certificate states it. */
    @Transactional
    public ObjectNode achievement(String programmeCode, int programmeVersion) {
        ObjectNode achievement = queries.latestOf(programmeCode, programmeVersion).map(credentials::achievement)
                .orElseThrow(() -> ProblemException.notFound("Achievement", programmeCode + "/v" + programmeVersion));
        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add(PublishedContexts.CREDENTIALS_V2).add(PublishedContexts.OPEN_BADGES_V3);
        document.setAll(achievement);
        return document;
    }

    private void requireIssuer(String institution) {
        if (!issuers.configured(institution) && !queries.signedAny(institution)) {
            throw ProblemException.notFound("Issuer", institution);
        }
    }
}
