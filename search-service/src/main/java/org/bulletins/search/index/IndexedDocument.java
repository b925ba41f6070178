package org.bulletins.search.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocNumber;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;

import java.time.LocalDate;
import java.util.List;

/** A document as stored in the index (see elasticsearch/documents-index.json); dates are ISO strings. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndexedDocument(
        String id,
        String bulletinId,
        String bulletinTitle,
        String kind,
        int ordinal,
        String title,
        List<String> titleSuggest,
        String subtitle,
        String body,
        String docType,
        String docNumber,
        String docNumberRaw,
        String issuer,
        String issuedDate,
        Integer year,
        String publicationDate,
        List<String> authors,
        List<String> addressees,
        List<String> attachments,
        boolean publicRelease) {

    public static IndexedDocument of(DocumentEvent event) {
        BulletinInfo b = event.bulletin();
        ParsedDocument d = event.document();
        String docNumber = canonical(d.docNumber() != null ? d.docNumber() : d.docNumberRaw());
        List<String> suggest = docNumber == null ? List.of(d.title()) : List.of(d.title(), docNumber);
        return new IndexedDocument(d.id(), b.id(), b.title(), b.kind(), d.ordinal(), d.title(), suggest,
                d.subtitle(), d.body(), d.docType(), docNumber, d.docNumberRaw(), d.issuer(), iso(d.issuedDate()),
                d.issuedDate() == null ? null : d.issuedDate().getYear(), iso(b.publicationDate()), d.authors(),
                d.addressees(), d.attachments(), d.publicRelease());
    }

    /** The 〔〕 spelling whatever the producer wrote, so a term query on a parsed user query finds it. */
    private static String canonical(String docNumber) {
        return docNumber == null ? null : DocNumber.parse(docNumber).map(DocNumber::canonical).orElse(docNumber);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
