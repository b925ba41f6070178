package org.bulletins.ingest.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.bulletins.ingest.parse.ParsedBulletin;
import org.bulletins.ingest.parse.RawBulletin;
import org.bulletins.ingest.parse.RejectedBulletinException;
import org.bulletins.ingest.parse.StableIds;
import org.bulletins.ingest.pipeline.BulletinIngestor;
import org.bulletins.ingest.pipeline.DeadLetters;
import org.bulletins.http.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * Upload of a bulletin, as a raw body (name it with {@code ?name=}) or as a multipart {@code file}. The
 * documents are published before the answer, so a 202 means they are on their way to catalog and search.
 */
@Controller("/api/bulletins")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BulletinController {

    private final BulletinIngestor ingestor;
    private final DeadLetters deadLetters;

    public BulletinController(BulletinIngestor ingestor, DeadLetters deadLetters) {
        this.ingestor = ingestor;
        this.deadLetters = deadLetters;
    }

    @Post(consumes = {MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, MediaType.APPLICATION_OCTET_STREAM})
    public HttpResponse<IngestReceipt> upload(@Nullable @Body byte[] body,
                                              @Nullable @QueryValue String name,
                                              @Nullable @Header("Content-Type") String contentType,
                                              @Nullable @Header("X-Source") String source) {
        byte[] content = body == null ? new byte[0] : body;
        String sourceKey = name != null && !name.isBlank() ? name.strip()
                : "upload-" + StableIds.sha256(content).substring(0, 16);
        return ingest(new RawBulletin(sourceKey, source, content, mediaType(contentType), charset(contentType),
                Instant.now()));
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    public HttpResponse<IngestReceipt> uploadFile(CompletedFileUpload file, @Nullable @Header("X-Source") String source) {
        try {
            String type = file.getContentType().map(MediaType::toString).orElse(null);
            return ingest(new RawBulletin(file.getFilename(), source, file.getBytes(), mediaType(type), charset(type),
                    Instant.now()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file " + file.getFilename(), e);
        }
    }

    private HttpResponse<IngestReceipt> ingest(RawBulletin raw) {
        try {
            ParsedBulletin parsed = ingestor.ingest(raw);
            return HttpResponse.accepted().body(IngestReceipt.of(parsed));
        } catch (RejectedBulletinException e) {
            deadLetters.keep(raw.sourceKey(), raw.content(), e, DeadLetters.Origin.http());
            throw new ProblemException(status(e.reason()), e.reason().code(),
                    e.getMessage() + " (kept in the dead-letter topic)", null);
        }
    }

    private static HttpStatus status(RejectedBulletinException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case BINARY -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].strip();
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].equalsIgnoreCase("charset")) {
                return pair[1].replace("\"", "").strip();
            }
        }
        return null;
    }
}
