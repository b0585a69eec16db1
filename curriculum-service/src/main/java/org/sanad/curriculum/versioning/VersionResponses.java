package org.sanad.curriculum.versioning;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.common.web.Responses;
import org.sanad.common.web.Revisioned;

/** HTTP answers carrying a version: its representation, with its revision as the ETag. */
public final class VersionResponses {

    /** What a version's representation must tell for its URL to be built. */
    public interface Identified {
        String code();

        int version();
    }

    private VersionResponses() {
    }

    public static <T> RestResponse<T> ok(Revisioned<T> version) {
        return Responses.ok(version);
    }

    /** 201 with the Location of the version, e.g. {@code /api/curriculum/modules/ARREST/versions/2}. */
    public static <T extends Identified> RestResponse<T> created(UriInfo uri, String collection, Revisioned<T> version) {
        URI location = uri.getBaseUriBuilder().path(collection).path(version.body().code())
                .path("versions").path(Integer.toString(version.body().version())).build();
        return Responses.created(location, version);
    }
}
