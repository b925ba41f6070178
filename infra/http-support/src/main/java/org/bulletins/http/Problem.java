package org.bulletins.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 7807 problem body ({@code application/problem+json}).
 *
 * @param code      a stable machine-readable code, e.g. {@code too-large} or {@code bad-parameter}
 * @param parameter the request parameter that was wrong, when one was
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String code, @Nullable String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
