package org.sanad.certification.certificate.proof;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Variant;
import java.util.ArrayList;
import java.util.List;
import org.sanad.certification.signing.Signer;

/**
 * The form a signed credential (a certificate or a status list) is served in, by content negotiation:
 * the VC-JWT, or JSON-LD with an embedded Data Integrity proof.
 *
 * @param mediaType what the answer is labelled
 * @param jwt whether it is the VC-JWT
 */
public record SecuredForm(MediaType mediaType, boolean jwt) {

    private static final MediaType VC_JWT = MediaType.valueOf(Signer.VC_JWT_MEDIA_TYPE);

    /** The VC-JWT first: a client that accepts anything gets the form every credential was signed in first. */
    public static SecuredForm chosenBy(Request request, List<String> jsonLdMediaTypes) {
        List<MediaType> forms = new ArrayList<>(List.of(VC_JWT));
        jsonLdMediaTypes.forEach(type -> forms.add(MediaType.valueOf(type)));
        Variant chosen = request.selectVariant(Variant.mediaTypes(forms.toArray(MediaType[]::new)).build());
        MediaType form = chosen == null ? VC_JWT : chosen.getMediaType();
        return new SecuredForm(form, form.equals(VC_JWT));
    }
}
