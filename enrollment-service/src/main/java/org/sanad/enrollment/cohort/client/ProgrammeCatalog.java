package org.sanad.enrollment.cohort.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.sanad.common.problem.FieldViolation;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.problem.ProblemType;
import org.sanad.enrollment.servicetoken.UnauthorizedRetry;

/**
 * Fetches the published programme version a cohort pins. An unknown or unpublished version is the
 * caller's mistake (422) and must not trip the circuit breaker; curriculum-service being down or
 * slow is not (503), and is retried briefly first.
 */
@ApplicationScoped
public class ProgrammeCatalog {

    private static final Logger LOG = Logger.getLogger(ProgrammeCatalog.class);

    private final CurriculumClient client;
    private final ObjectMapper json;

    public ProgrammeCatalog(@RestClient CurriculumClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    @Retry(maxRetries = 2, delay = 200, retryOn = CurriculumUnavailable.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 10_000, skipOn = ProblemException.class,
            failOn = CurriculumUnavailable.class)
    public ProgrammeSnapshot publishedVersion(String code, int version) {
        String raw;
        try {
            raw = UnauthorizedRetry.once("curriculum-service", () -> client.snapshot(code, version));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw notPublished(code, version, "is not a programme version curriculum-service knows");
            }
            LOG.warnf("curriculum-service answered %d for programme %s v%d", status, code, version);
            throw new CurriculumUnavailable("curriculum-service answered " + status);
        } catch (ProcessingException e) {
            LOG.warnf("curriculum-service unreachable: %s", e.getMessage());
            throw new CurriculumUnavailable("curriculum-service cannot be reached");
        }
        ProgrammeSnapshot snapshot = parse(raw);
        if (!"PUBLISHED".equals(snapshot.status())) {
            throw notPublished(code, version, "is " + snapshot.status() + "; a cohort can only deliver a PUBLISHED version");
        }
        return snapshot.withRaw(raw);
    }

    private ProgrammeSnapshot parse(String raw) {
        try {
            return json.readValue(raw, ProgrammeSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new CurriculumUnavailable("curriculum-service answered a snapshot this service cannot read");
        }
    }

    private static ProblemException notPublished(String code, int version, String why) {
        return ProblemException.unprocessable("Programme " + code + " version " + version + " " + why,
                List.of(new FieldViolation("programme", why)));
    }

    /** curriculum-service is down, failing or answering nonsense: the cohort cannot be made now (503). */
    public static final class CurriculumUnavailable extends ProblemException {

        CurriculumUnavailable(String why) {
            super(ProblemType.UNAVAILABLE, "The curriculum is unavailable (" + why + "); nothing was created, try again shortly");
        }
    }
}
