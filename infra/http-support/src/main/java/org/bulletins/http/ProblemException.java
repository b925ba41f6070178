package org.bulletins.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** Thrown by a controller to answer with a problem body: a status, a code and a detail that says what to do. */
public class ProblemException extends HttpStatusException {

    private final String code;
    private final String parameter;

    public ProblemException(HttpStatus status, String code, String detail, @Nullable String parameter) {
        super(status, detail);
        this.code = code;
        this.parameter = parameter;
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "bad-parameter", detail, parameter);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "no " + what + " with id '" + id + "'", null);
    }

    public String code() {
        return code;
    }

    @Nullable
    public String parameter() {
        return parameter;
    }
}
