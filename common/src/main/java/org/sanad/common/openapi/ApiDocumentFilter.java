package org.sanad.common.openapi;

import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.sanad.common.paging.Page;
import org.sanad.common.security.Roles;

/**
 * Finishes every service's OpenAPI document the same way, so that tools no one here wrote (client
 * generators, linters) take it as it is:
 * <ul>
 * <li>the error answers every operation of a kind gives ({@link ProblemResponses});</li>
 * <li>operation ids, and references to the representation, of endpoints shared by several resources:
 * {@code create{Series}} on {@code /api/curriculum/modules} is {@code createModule}, and its answer's
 * {@code {Series}Version} is {@code ModuleVersion} (see {@link PathNames#identified});</li>
 * <li>no schema for the generic {@link Page} itself, only the pages of each kind;</li>
 * <li>an example on each request body, from the service's own files ({@link RequestExamples});</li>
 * <li>the licence as an SPDX identifier, and the roles an operation's security requirement names,
 * each with what it may do, on the bearer scheme ({@code x-sanad-roles}) and in its description.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    /** The placeholder in an operation id for what the path names, capitalised. */
    static final String SERIES = "{Series}";
    static final String LICENSE = "Apache-2.0";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.document(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            // The service's own classes and resources, whichever module this filter's class was loaded from.
            RequestExamples examples = new RequestExamples(Thread.currentThread().getContextClassLoader());
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                nameShared(path, operation);
                examples.attach(operation);
            }));
        }
        if (openAPI.getInfo() != null) {
            openAPI.getInfo().license(OASFactory.createLicense().name(LICENSE).identifier(LICENSE));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            // Scanned from the generic record's own @Schema; every page served is a PageX named after its items.
            openAPI.getComponents().removeSchema(Page.class.getSimpleName());
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            openAPI.getComponents().getSecuritySchemes().values().forEach(ApiDocumentFilter::declareRoles);
        }
    }

    private static void nameShared(String path, Operation operation) {
        String series = capitalised(PathNames.identified(path));
        String id = operation.getOperationId();
        if (id != null && id.contains(SERIES)) {
            operation.setOperationId(id.replace(SERIES, series));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(response -> response.getContent() != null && response.getContent().getMediaTypes() != null)
                    .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                    .map(MediaType::getSchema)
                    .filter(schema -> schema != null && schema.getRef() != null && schema.getRef().contains(SERIES))
                    .forEach(schema -> schema.setRef(schema.getRef().replace(SERIES, series)));
        }
    }

    private static String capitalised(String words) {
        StringBuilder name = new StringBuilder();
        for (String word : words.split(" ")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    private static void declareRoles(SecurityScheme scheme) {
        if (scheme.getType() != SecurityScheme.Type.HTTP) {
            return;
        }
        String roles = Roles.DESCRIPTIONS.entrySet().stream()
                .map(role -> "`" + role.getKey() + "`: " + role.getValue())
                .collect(Collectors.joining("; "));
        String description = scheme.getDescription() == null ? "" : scheme.getDescription() + ". ";
        scheme.description(description + "Each operation's security requirement lists the roles (the token's "
                + "`groups` claim) that may call it: " + roles + ".");
        scheme.addExtension("x-sanad-roles", Roles.DESCRIPTIONS);
    }
}
