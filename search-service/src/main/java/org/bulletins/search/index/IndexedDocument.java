package org.bulletins.search.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.bulletins.events.BulletinInfo;
import org.bulletins.events.DocNumber;
import org.bulletins.events.DocumentEvent;
import org.bulletins.events.ParsedDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A document as stored in the index (see elasticsearch/documents-template.json); dates are ISO strings.
 *
 * @param fingerprint the same for the same document in several bulletins (a gazette ingested twice under two
 *                    names): searches show such copies once
 */
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
        boolean publicRelease,
        String fingerprint) {

    public static IndexedDocument of(DocumentEvent event) {
        BulletinInfo b = event.bulletin();
        ParsedDocument d = event.document();
        String docNumber = canonical(d.docNumber() != null ? d.docNumber() : d.docNumberRaw());
        List<String> suggest = docNumber == null ? List.of(d.title()) : List.of(d.title(), docNumber);
        return new IndexedDocument(d.id(), b.id(), b.title(), b.kind(), d.ordinal(), d.title(), suggest,
                d.subtitle(), d.body(), d.docType(), docNumber, d.docNumberRaw(), d.issuer(), iso(d.issuedDate()),
                year(d, b), iso(b.publicationDate()), d.authors(),
                d.addressees(), d.attachments(), d.publicRelease(), null).withFingerprint();
    }

    /** This document with its fingerprint computed from its content, e.g. when copied from an older version. */
    public IndexedDocument withFingerprint() {
        String content = String.join("\u0000", kind, title, String.valueOf(docNumber), String.valueOf(issuedDate),
                String.valueOf(body));
        return new IndexedDocument(id, bulletinId, bulletinTitle, kind, ordinal, title, titleSuggest, subtitle, body,
                docType, docNumber, docNumberRaw, issuer, issuedDate, year, publicationDate, authors, addressees,
                attachments, publicRelease, sha256(content));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** The year of the issued date; for an undated document (a chronicle, an article) the bulletin's year. */
    private static Integer year(ParsedDocument d, BulletinInfo b) {
        if (d.issuedDate() != null) {
            return d.issuedDate().getYear();
        }
        return b.year() != null ? b.year() : b.publicationDate() == null ? null : b.publicationDate().getYear();
    }

    /** The 〔〕 spelling whatever the producer wrote, so a term query on a parsed user query finds it. */
    private static String canonical(String docNumber) {
        return docNumber == null ? null : DocNumber.parse(docNumber).map(DocNumber::canonical).orElse(docNumber);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
