package org.bulletins.catalog.api;

import io.micronaut.data.model.Page;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total over all pages. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageView<T>(long total, int page, int size, List<T> items) {

    static <R, T> PageView<T> of(Page<R> page, Function<R, T> mapper) {
        return new PageView<>(page.getTotalSize(), page.getPageNumber(), page.getSize(),
                page.getContent().stream().map(mapper).toList());
    }
}
