package org.bulletins.events;

import io.micronaut.core.annotation.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * One logical document of a bulletin with its metadata.
 *
 * @param docNumber    文号 normalised to the 〔〕 form, e.g. 包府发〔2024〕60号
 * @param docNumberRaw 文号 as written in the bulletin
 * @param issuer       发文机关
 * @param issuedDate   成文日期 (for a work report, the meeting date)
 * @param entries      dated items of a chronicle (大事记); empty for other documents
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParsedDocument(
        String id,
        int ordinal,
        String title,
        @Nullable String subtitle,
        String docType,
        @Nullable String docNumber,
        @Nullable String docNumberRaw,
        @Nullable String issuer,
        @Nullable LocalDate issuedDate,
        List<String> addressees,
        List<String> authors,
        List<String> attachments,
        boolean publicRelease,
        String body,
        List<Section> sections,
        List<ChronicleEntry> entries) {

    public ParsedDocument {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        authors = authors == null ? List.of() : List.copyOf(authors);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        sections = sections == null ? List.of() : List.copyOf(sections);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** A heading of the document's outline; level 1 is the top. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Section(int level, String title) {
    }

    /** A dated item of a chronicle ("●12月1日，…"). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ChronicleEntry(@Nullable LocalDate date, String text) {
    }
}
