package org.bulletins.events;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A bulletin as parsed: where it came from, what it is, and which documents it holds.
 *
 * @param id              stable id derived from the source key, so re-ingesting the same bulletin updates it
 * @param sourceKey       the upstream's id for the bulletin (Kafka key or upload file name)
 * @param source          the upstream system, when it says
 * @param contentHash     SHA-256 of the raw bytes
 * @param kind            one of {@link BulletinKind}, lower case
 * @param documentIds     ids of all documents of this version of the bulletin
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BulletinInfo(
        String id,
        String sourceKey,
        @Nullable String source,
        String contentHash,
        String kind,
        @Nullable String title,
        @Nullable String publisher,
        @Nullable LocalDate publicationDate,
        @Nullable Integer year,
        @Nullable Integer issue,
        @Nullable Integer cumulativeIssue,
        List<TocEntry> tableOfContents,
        List<String> warnings,
        List<String> documentIds,
        Instant receivedAt) {

    /** The stable id of the bulletin with this source key: the same key always maps to the same bulletin. */
    public static String idFor(String sourceKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sourceKey.getBytes(StandardCharsets.UTF_8));
            return "b-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    public BulletinInfo {
        tableOfContents = tableOfContents == null ? List.of() : List.copyOf(tableOfContents);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** One line of a gazette's table of contents. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TocEntry(@Nullable String section, String title, @Nullable Integer page) {
    }
}
