package org.bulletins.search.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.bulletins.http.ProblemException;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/** Rebuilds the index into a new version behind the alias, and shows how far it got. Needs the admin key. */
@Controller("/api/admin/reindex")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReindexController {

    private final ReindexService reindex;
    private final AdminApiKey key;

    public ReindexController(ReindexService reindex, AdminApiKey key) {
        this.reindex = reindex;
        this.key = key;
    }

    @Post
    public HttpResponse<ReindexStatus> start(@Nullable @Header(AdminApiKey.HEADER) String apiKey) throws IOException {
        key.check(apiKey);
        ReindexStatus status = reindex.start();
        return HttpResponse.accepted(URI.create("/api/admin/reindex/" + status.taskId())).body(status);
    }

    @Get
    public List<ReindexStatus> all(@Nullable @Header(AdminApiKey.HEADER) String apiKey) {
        key.check(apiKey);
        return reindex.all();
    }

    @Get("/{taskId}")
    public ReindexStatus one(@Nullable @Header(AdminApiKey.HEADER) String apiKey, @PathVariable String taskId) {
        key.check(apiKey);
        return reindex.status(taskId).orElseThrow(() -> ProblemException.notFound("reindex", taskId));
    }
}
