package org.sanad.enrollment.cohort.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sanad.common.problem.Problem;
import org.sanad.common.problem.ProblemType;
import org.sanad.common.web.RequestId;

/** An open circuit or a timeout towards curriculum-service is the platform's outage, not the caller's error: 503. */
public class FaultToleranceProblems {

    @ServerExceptionMapper
    public Response unavailable(FaultToleranceException e, HttpServerRequest request) {
        Problem problem = ProblemType.UNAVAILABLE.problem("The curriculum is unavailable; nothing was created, try again shortly")
                .withContext(request.path(), request.getHeader(RequestId.HEADER));
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "10").entity(problem).build();
    }
}
