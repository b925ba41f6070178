package org.bulletins.search.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A reindex as the admin API shows it.
 *
 * @param state   {@code copying}, {@code done} or {@code failed}
 * @param source  the index the alias pointed at when the reindex started
 * @param target  the new index version, which the alias points at once done
 * @param created documents copied into the target so far
 * @param total   documents the source held when the copy started
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReindexStatus(String taskId, String state, String alias, String source, String target,
                            long created, long total, Instant startedAt, @Nullable Instant finishedAt,
                            @Nullable String error) {

    static final String COPYING = "copying";
    static final String DONE = "done";
    static final String FAILED = "failed";

    boolean running() {
        return COPYING.equals(state);
    }

    ReindexStatus progress(long created) {
        return new ReindexStatus(taskId, state, alias, source, target, created, total, startedAt, null, null);
    }

    ReindexStatus finished(long created, Instant at) {
        return new ReindexStatus(taskId, DONE, alias, source, target, created, total, startedAt, at, null);
    }

    ReindexStatus failed(String reason, Instant at) {
        return new ReindexStatus(taskId, FAILED, alias, source, target, created, total, startedAt, at, reason);
    }
}
