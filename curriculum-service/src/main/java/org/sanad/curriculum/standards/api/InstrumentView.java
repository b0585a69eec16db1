package org.sanad.curriculum.standards.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.curriculum.standards.InstrumentKind;

@Schema(name = "Instrument", description = "A treaty, protocol, declaration, body of principles or national law")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentView(
        @Schema(example = "UNCAT") String code,
        @Schema(example = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment") String title,
        InstrumentKind kind,
        @Schema(example = "United Nations General Assembly") String adoptingBody,
        @Schema(example = "1984") int year,
        String url,
        @Schema(description = "Present when one instrument is read") List<ProvisionView> provisions) {
}
