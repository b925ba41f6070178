package org.bulletins.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Every error a service answers, its own or Micronaut's (unknown route, unconvertible parameter, missing
 * body), is rendered as a problem body, so clients meet one error format.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String code = null;
        String parameter = null;
        String detail = context.getErrors().isEmpty() ? status.getReason() : context.getErrors().get(0).getMessage();
        Throwable cause = context.getRootCause().orElse(null);
        if (cause instanceof ProblemException problem) {
            code = problem.code();
            parameter = problem.parameter();
            detail = problem.getMessage();
        } else if (cause instanceof ConversionErrorException conversion) {
            code = "bad-parameter";
            parameter = conversion.getArgument().getName();
            detail = "the parameter '" + parameter + "' has a value that is not a valid "
                    + conversion.getArgument().getType().getSimpleName().toLowerCase(Locale.ROOT);
        } else if (status == HttpStatus.NOT_FOUND) {
            code = "not-found";
        } else if (status.getCode() >= 500) {
            code = "internal";
            detail = "the service failed to answer; the operator finds the cause in its log";
        }
        Problem body = new Problem("about:blank", status.getReason(), status.getCode(), detail,
                context.getRequest().getPath(), code, parameter);
        return response.contentType(Problem.MEDIA_TYPE).body(body);
    }
}
