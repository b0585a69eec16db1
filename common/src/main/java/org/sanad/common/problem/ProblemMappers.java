package org.sanad.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.sanad.common.input.InvalidParameterException;
import org.sanad.common.input.RefusedValueException;
import org.sanad.common.web.RequestId;

/**
 * Turns every exception that leaves a resource into problem details. Nothing else in a service
 * builds an error body, and no exception class name or stack trace ever reaches a caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.toProblem(), request);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
        String detail = violations.size() == 1 ? "1 field is not valid" : violations.size() + " fields are not valid";
        return respond(new ProblemException(ProblemType.VALIDATION, detail, violations).toProblem(), request);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        String field = fieldOf(e);
        if (field == null) {
            return respond(ProblemType.MALFORMED_BODY.problem(describe(e)), request);
        }
        String reason = e instanceof RefusedValueException refused ? refused.reason() : "has the wrong type or format";
        return respond(ProblemException.invalidField(field, reason, "The value of '" + field + "' " + reason).toProblem(), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, HttpServerRequest request) {
        return respond(ProblemException.invalidField(e.parameter(), e.reason(),
                "The parameter '" + e.parameter() + "' " + e.reason()).toProblem(), request);
    }

    /** Declared apart because Quarkus ships its own mapper for exactly this type, which would win. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return unreadable(e, request);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(HttpServerRequest request) {
        return respond(ProblemType.UNAUTHENTICATED.problem("A valid bearer token is required"), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN.problem("Your role does not allow this operation"), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(ProblemType.INTERNAL.problem("The request could not be completed"), request);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, request);
        }
        String detail = status == 404 ? "Nothing is found at this path" : "The request was refused";
        return respond(ProblemType.forStatus(status, detail), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        String sqlState = sqlStateOf(e);
        if (UNIQUE_VIOLATION.equals(sqlState)) {
            // Two writers raced for the same identifier; the service's own check let both through.
            return respond(ProblemException.conflict("This conflicts with a record written at the same time; read and retry")
                    .toProblem(), request);
        }
        if (CHECK_VIOLATION.equals(sqlState)) {
            // A rule the database enforces itself (e.g. no more seats than capacity) refused the write.
            return respond(ProblemException.conflict("This would break a rule of the stored data; read and retry")
                    .toProblem(), request);
        }
        if (SERIALIZATION_FAILURE.equals(sqlState) || DEADLOCK.equals(sqlState)) {
            return respond(ProblemException.conflict("A concurrent change got there first; retry the request")
                    .toProblem(), request);
        }
        if (sqlState != null && sqlState.startsWith(DATA_EXCEPTION_CLASS)) {
            // A value the request validation should have refused reached the database; the
            // transaction is rolled back, and the gap is worth fixing where the value came in.
            LOG.warnf("A value the database refuses got past validation (SQLSTATE %s): %s", sqlState, rootMessage(e));
            return respond(ProblemType.VALIDATION.problem("A value in the request is out of the range the platform stores"),
                    request);
        }
        if (isOptimisticLockFailure(e)) {
            return respond(ProblemType.STALE_WRITE.problem("Someone else changed this resource at the same time; read it again"),
                    request);
        }
        LOG.error("Unexpected error", e);
        return respond(ProblemType.INTERNAL.problem("The request could not be completed"), request);
    }

    private static final String DATA_EXCEPTION_CLASS = "22";

    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CHECK_VIOLATION = "23514";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";

    private static String sqlStateOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response respond(Problem problem, HttpServerRequest request) {
        Problem body = problem.withContext(request.path(), request.getHeader(RequestId.HEADER));
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(body);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.build();
    }

    /** {@code create.request.objectives[0].title} names the field {@code objectives[0].title}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        String field = nodes.stream()
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.PARAMETER)
                .map(Path.Node::toString)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining("."));
        if (!field.isEmpty()) {
            return field;
        }
        if (nodes.size() == 2 && nodes.get(0).getKind() == ElementKind.METHOD && nodes.get(1).getKind() == ElementKind.PARAMETER) {
            return requestName(violation.getRootBeanClass(), nodes.get(0).as(Path.MethodNode.class),
                    nodes.get(1).as(Path.ParameterNode.class));
        }
        return nodes.isEmpty() ? "body" : nodes.get(nodes.size() - 1).getName();
    }

    /** A parameter as the client sends it: the header, query or path parameter's name, not the Java one. */
    private static String requestName(Class<?> resource, Path.MethodNode method, Path.ParameterNode parameter) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> type = resource; type != null; type = type.getSuperclass()) {
            try {
                for (Annotation annotation : type.getDeclaredMethod(method.getName(), types)
                        .getParameterAnnotations()[parameter.getParameterIndex()]) {
                    switch (annotation) {
                        case HeaderParam header -> { return header.value(); }
                        case QueryParam query -> { return query.value(); }
                        case PathParam path -> { return path.value(); }
                        default -> { }
                    }
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // a generated subclass: look at the class it extends
            }
        }
        return parameter.getName();
    }

    /** {@code objectives[0].title} for a value Jackson could not bind, or null when the JSON itself is broken. */
    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null
                ? "The body is not valid JSON"
                : "The body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
