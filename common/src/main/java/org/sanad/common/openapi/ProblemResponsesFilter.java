package org.sanad.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.sanad.common.problem.Problem;

/**
 * Documents every 4xx and 5xx response as problem details, so resources only say when and why an
 * error happens, and the OpenAPI document cannot drift from what ProblemMappers really answers. An
 * operation that takes If-Match answers 428 without it and 412 when it is stale (ETags.requireMatch),
 * so those two are documented here for every such operation, not on each.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (takesIfMatch(operation) && operation.getResponses() != null) {
                    addIfAbsent(operation, "412", "It changed since the caller read it: read it again, then send its new ETag");
                    addIfAbsent(operation, "428", "If-Match is missing: send the ETag the read answered");
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(ProblemResponsesFilter::describeError);
                }
            }
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        if (operation.getResponses().getAPIResponse(status) == null) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void describeError(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error && response.getRef() == null && response.getContent() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }
}
