package org.sanad.enrollment.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Recorded", description = "How many marks were recorded")
public record Recorded(int recorded) {
}
