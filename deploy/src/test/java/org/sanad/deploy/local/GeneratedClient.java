package org.sanad.deploy.local;

import java.util.List;
import org.sanad.client.ApiClient;
import org.sanad.client.ApiException;
import org.sanad.client.api.AttendanceAndResultsApi;
import org.sanad.client.api.CertificatesApi;
import org.sanad.client.api.CohortsApi;
import org.sanad.client.api.EnrollmentsApi;
import org.sanad.client.api.ParticipantsApi;
import org.sanad.client.api.PublicVerificationApi;
import org.sanad.client.model.CohortStatus;
import org.sanad.client.model.CohortStatusChange;

/**
 * The Java client openapi-generator made from the platform's document (deploy/pom.xml), pointed at the
 * gateway, as an academy's training system would use it: one bearer token per caller, nothing hand-written
 * about the API.
 */
final class GeneratedClient {

    final CohortsApi cohorts;
    final ParticipantsApi participants;
    final EnrollmentsApi enrollments;
    final AttendanceAndResultsApi results;
    final CertificatesApi certificates;
    final PublicVerificationApi verification;

    private GeneratedClient(ApiClient client) {
        this.cohorts = new CohortsApi(client);
        this.participants = new ParticipantsApi(client);
        this.enrollments = new EnrollmentsApi(client);
        this.results = new AttendanceAndResultsApi(client);
        this.certificates = new CertificatesApi(client);
        this.verification = new PublicVerificationApi(client);
    }

    static GeneratedClient as(String gateway, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(gateway);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new GeneratedClient(client);
    }

    /** Moves a cohort along its lifecycle, sending back the revision it read (If-Match) as the API asks. */
    void move(long cohort, CohortStatus status) throws ApiException {
        List<String> etag = cohorts.readCohortWithHttpInfo(cohort).getHeaders().get("etag");
        cohorts.moveCohort(cohort, new CohortStatusChange().status(status), etag.get(0));
    }
}
