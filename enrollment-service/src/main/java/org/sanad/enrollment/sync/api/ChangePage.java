package org.sanad.enrollment.sync.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage")
public record ChangePage(
        List<Change> items,
        @Schema(description = "Send it back as cursor for the changes after these; keep it between pulls") String next,
        @Schema(description = "True when more changes are ready now; pull again at once") boolean more) {
}
