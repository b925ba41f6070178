package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo.TocEntry;
import org.bulletins.events.ParsedDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns drafts into documents: reads the metadata each form carries, renders body and outline, and gives each
 * document its stable id (keyed by its canonical doc number, else by title and occurrence).
 */
final class DocumentAssembler {

    private final String bulletinId;
    private final Integer issueYear;
    private final List<TocEntry> toc;
    private final Warnings warnings;
    private final Map<String, Integer> titleOccurrences = new HashMap<>();
    private final Set<String> usedKeys = new HashSet<>();

    DocumentAssembler(String bulletinId, Integer issueYear, List<TocEntry> toc, Warnings warnings) {
        this.bulletinId = bulletinId;
        this.issueYear = issueYear;
        this.toc = toc;
        this.warnings = warnings;
    }

    List<ParsedDocument> assemble(List<DocumentDraft> drafts) {
        List<ParsedDocument> documents = new ArrayList<>();
        for (DocumentDraft draft : drafts) {
            documents.add(assemble(draft, documents.size() + 1));
        }
        return documents;
    }

    private ParsedDocument assemble(DocumentDraft draft, int ordinal) {
        String title = draft.title();
        return switch (draft.form()) {
            case CHRONICLE -> chronicle(draft, ordinal);
            case ARTICLE -> new ParsedDocument(id(null, title), ordinal, title, draft.subtitle(), DocTypes.NEWS, null,
                    null, null, null, List.of(), draft.authors(), List.of(), false,
                    BodyRenderer.render(draft.content(), title, warnings), OutlineBuilder.sections(draft.content(), true),
                    List.of());
            case REPORT -> new ParsedDocument(id(null, title), ordinal, title, draft.subtitle(), DocTypes.REPORT, null,
                    null, draft.issuer(), draft.issuedDate(), List.of(), draft.authors(),
                    MetadataExtractor.attachments(draft.content()), false,
                    BodyRenderer.render(draft.content(), title, warnings), OutlineBuilder.sections(draft.content(), false),
                    List.of());
            case OFFICIAL, ORDER, GENERIC -> official(draft, ordinal);
        };
    }

    private ParsedDocument official(DocumentDraft draft, int ordinal) {
        MetadataExtractor.Metadata meta = MetadataExtractor.read(draft.title(), draft.content());
        String type = DocTypes.of(draft.title());
        String canonical = meta.number() == null ? null : meta.number().number().canonical();
        return new ParsedDocument(id(canonical, draft.title()), ordinal, draft.title(), draft.subtitle(),
                type == null ? DocTypes.UNKNOWN : type, canonical, meta.number() == null ? null : meta.number().raw(),
                draft.issuer() != null ? draft.issuer() : meta.issuer(), meta.issuedDate(), meta.addressees(), draft.authors(), meta.attachments(),
                meta.publicRelease(), BodyRenderer.render(meta.body(), draft.title(), warnings),
                OutlineBuilder.sections(meta.body(), false), List.of());
    }

    private ParsedDocument chronicle(DocumentDraft draft, int ordinal) {
        List<String> context = new ArrayList<>();
        context.add(draft.title());
        toc.stream().filter(e -> TocChecker.matches(e.title(), draft.title())).forEach(e -> context.add(e.title()));
        ChronicleParser.Chronicle chronicle = ChronicleParser.parse(draft.content(), context, issueYear);
        return new ParsedDocument(id(null, draft.title()), ordinal, draft.title(), chronicle.subtitle(),
                DocTypes.CHRONICLE, null, null, null, null, List.of(), List.of(), List.of(), false,
                BodyRenderer.render(chronicle.body(), draft.title(), warnings),
                OutlineBuilder.sections(chronicle.body(), false), chronicle.entries());
    }

    /** Same bulletin, same documents → same ids; a repeated number or title is told apart by its occurrence. */
    private String id(String canonicalNumber, String title) {
        String key;
        if (canonicalNumber != null && !usedKeys.contains(canonicalNumber)) {
            key = canonicalNumber;
        } else {
            int occurrence = titleOccurrences.merge(title, 1, Integer::sum);
            key = title + "#" + occurrence;
        }
        usedKeys.add(key);
        return StableIds.documentId(bulletinId, key);
    }
}
