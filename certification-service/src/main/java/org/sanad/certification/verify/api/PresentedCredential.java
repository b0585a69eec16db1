package org.sanad.certification.verify.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PresentedCredential", description = "A VC-JWT to check, as JSON")
public record PresentedCredential(@NotBlank @Size(max = PresentedCredential.MAX_LENGTH) String credential) {

    /** Far above any certificate this platform issues (a few kilobytes), far below a denial of service. */
    public static final int MAX_LENGTH = 65_536;
}
