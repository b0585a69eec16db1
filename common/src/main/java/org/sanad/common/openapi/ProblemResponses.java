package org.sanad.common.openapi;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.sanad.common.problem.Problem;

/**
 * Documents every 4xx and 5xx response as problem details, so resources only say when and why an
 * error happens, and the OpenAPI document cannot drift from what ProblemMappers really answers.
 * The answers every operation of a kind gives are documented here, once, for each such operation,
 * unless a resource says something more specific:
 * <ul>
 * <li>a secured operation answers 401 without a valid token and 403 when its roles do not allow it;</li>
 * <li>one with a body answers 400 listing each invalid field (ProblemMappers' validation answer);</li>
 * <li>one with a cursor answers 400 for a bad filter, size or cursor (Cursor, Page.MAX_SIZE);</li>
 * <li>a secured one with a path parameter answers 404 for what does not exist and for what the caller
 * may not see alike, so that nobody learns what exists from the answer (public ones say their own);</li>
 * <li>one that takes If-Match answers 428 without it and 412 when it is stale (ETags.requireMatch).</li>
 * </ul>
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            documentConventions(path, item, operation);
            if (operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().forEach(ProblemResponses::describeError);
            }
        }));
    }

    private static void documentConventions(String path, PathItem item, Operation operation) {
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (secured) {
            addIfAbsent(operation, "401", "No bearer token, or one that is not valid (signature, issuer, audience or expiry)");
            addIfAbsent(operation, "403", "The token's roles do not allow this");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "400", "Invalid fields, each listed");
        }
        if (has(item, operation, parameter -> parameter.getIn() == Parameter.In.QUERY && "cursor".equals(parameter.getName()))) {
            addIfAbsent(operation, "400", "A bad filter, size or cursor");
        }
        if (secured && has(item, operation, parameter -> parameter.getIn() == Parameter.In.PATH)) {
            addIfAbsent(operation, "404", "No such " + PathNames.identified(path) + ", or not one the caller may see");
        }
        if (has(item, operation, parameter -> parameter.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(parameter.getName()))) {
            addIfAbsent(operation, "412", "It changed since the caller read it: read it again, then send its new ETag");
            addIfAbsent(operation, "428", "If-Match is missing: send the ETag the read answered");
        }
    }

    private static boolean has(PathItem item, Operation operation, Predicate<Parameter> wanted) {
        return Optional.ofNullable(operation.getParameters()).stream().flatMap(List::stream).anyMatch(wanted)
                || Optional.ofNullable(item.getParameters()).stream().flatMap(List::stream).anyMatch(wanted);
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
