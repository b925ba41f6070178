package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo;
import org.bulletins.events.BulletinKind;
import org.bulletins.events.ParsedDocument;

import java.util.List;

/**
 * Turns a raw bulletin into its documents: detects the encoding, converts HTML, removes conversion noise, rejoins
 * broken paragraphs, tells the kind of bulletin and splits it the way that kind is laid out. Bad input is
 * rejected with a {@link RejectedBulletinException}; nothing else is ever thrown.
 */
public final class BulletinParser {

    private static final int MIN_LETTERS = 2;

    private final long maxBytes;

    public BulletinParser(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ParsedBulletin parse(RawBulletin raw) throws RejectedBulletinException {
        byte[] bytes = raw == null ? null : raw.content();
        String key = raw == null || raw.sourceKey() == null || raw.sourceKey().isBlank()
                ? "unnamed-" + StableIds.sha256(bytes == null ? new byte[0] : bytes).substring(0, 16) : raw.sourceKey();
        if (bytes == null || bytes.length == 0) {
            throw new RejectedBulletinException(RejectedBulletinException.Reason.EMPTY,
                    "the bulletin '" + key + "' is empty (0 bytes): send the bulletin's text");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedBulletinException(RejectedBulletinException.Reason.TOO_LARGE,
                    "the bulletin '" + key + "' has " + bytes.length + " bytes, over the limit of " + maxBytes
                            + ": split it or raise INGEST_MAX_BULLETIN_BYTES");
        }
        String format = BinarySniffer.knownFormat(bytes);
        if (format != null) {
            throw new RejectedBulletinException(RejectedBulletinException.Reason.BINARY, "the bulletin '" + key
                    + "' is " + format + ", not text: convert it to plain text, Markdown or HTML (for a PDF, e.g. "
                    + "with pdftotext) and send that");
        }
        DecodedText decoded = TextDecoder.decode(bytes, raw.charset(), key);
        Warnings warnings = new Warnings();
        warnings.addAll(decoded.warnings());
        try {
            return parseText(raw, key, decoded.text(), warnings);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug must not lose the bulletin: keep its text as one document and say so.
            return wholeText(raw, key, decoded.text(), warnings, e);
        }
    }

    private ParsedBulletin parseText(RawBulletin raw, String key, String decoded, Warnings warnings)
            throws RejectedBulletinException {
        String text = HtmlConverter.isHtml(raw.contentType(), decoded) ? HtmlConverter.toText(decoded) : decoded;
        List<Block> blocks = BlockReader.read(text);
        CoverInfo cover = CoverReader.read(blocks);
        List<Block> content = new NoiseCleaner(cover, warnings).clean(blocks.subList(cover.contentStart(), blocks.size()));
        if (letters(content) + letters(blocks.subList(0, cover.contentStart())) < MIN_LETTERS) {
            throw new RejectedBulletinException(RejectedBulletinException.Reason.NO_TEXT, "the bulletin '" + key
                    + "' has no recognisable text (only whitespace, punctuation or layout noise): check that the "
                    + "export or conversion produced the bulletin's text");
        }
        content = ParagraphJoiner.join(IssuerNumberLines.separate(content));
        BulletinKind kind = KindDetector.detect(cover, content);
        List<DocumentDraft> drafts = switch (kind) {
            case GAZETTE, OTHER -> new GazetteSplitter(cover.tableOfContents()).split(content, warnings);
            case WORK_REPORT -> List.of(WorkReportParser.parse(content));
            case NEWSPAPER -> NewspaperSplitter.split(content, warnings);
        };
        if (drafts.isEmpty()) {
            if (kind != BulletinKind.OTHER) {
                warnings.add("no separate documents were recognised in this " + kind.code()
                        + "; its text is kept as one document");
            }
            drafts = List.of(DocumentDraft.generic(content, key));
        }
        String bulletinId = StableIds.bulletinId(key);
        List<ParsedDocument> documents = new DocumentAssembler(bulletinId, cover.year(), cover.tableOfContents(),
                warnings).assemble(drafts);
        if (kind == BulletinKind.GAZETTE) {
            TocChecker.check(cover.tableOfContents(), documents, warnings);
        }
        ParsedDocument first = documents.get(0);
        boolean single = kind == BulletinKind.WORK_REPORT || kind == BulletinKind.OTHER && documents.size() == 1;
        String masthead = cover.masthead();
        String title = masthead != null ? masthead : kind == BulletinKind.NEWSPAPER ? null : first.title();
        String publisher = masthead != null ? publisher(masthead) : single ? first.issuer() : null;
        BulletinInfo bulletin = new BulletinInfo(bulletinId, key, raw.source(), StableIds.sha256(raw.content()),
                kind.code(), title, publisher,
                cover.publicationDate() != null || !single ? cover.publicationDate() : first.issuedDate(),
                cover.year(), cover.issue(), cover.cumulativeIssue(), cover.tableOfContents(), warnings.list(),
                documents.stream().map(ParsedDocument::id).toList(), raw.receivedAt());
        return new ParsedBulletin(bulletin, documents);
    }

    /** The publisher a masthead names: 包头市人民政府公报 → 包头市人民政府; a newspaper is its own publisher. */
    private static String publisher(String masthead) {
        if (masthead.endsWith("公报") && masthead.length() > 2) {
            return masthead.substring(0, masthead.length() - 2);
        }
        if (masthead.endsWith("政报") && masthead.length() > 2) {
            String place = masthead.substring(0, masthead.length() - 2);
            return place.matches(".*[省市区县旗州盟]$") ? place + "人民政府" : place;
        }
        return masthead;
    }

    private static int letters(List<Block> blocks) {
        int count = 0;
        for (Block block : blocks) {
            for (String line : block.lines()) {
                for (int i = 0; i < line.length() && count < MIN_LETTERS; i++) {
                    char c = line.charAt(i);
                    if (Character.isLetter(c) && !(c >= '\u1800' && c <= '\u18AF')) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static ParsedBulletin wholeText(RawBulletin raw, String key, String text, Warnings warnings, Throwable e) {
        warnings.add("the parser failed (" + e.getClass().getSimpleName() + "); the whole text is kept as one document");
        String bulletinId = StableIds.bulletinId(key);
        String documentId = StableIds.documentId(bulletinId, key + "#1");
        ParsedDocument document = new ParsedDocument(documentId, 1, key, null, DocTypes.UNKNOWN, null, null, null,
                null, List.of(), List.of(), List.of(), false, text.strip(), List.of(), List.of());
        BulletinInfo bulletin = new BulletinInfo(bulletinId, key, raw.source(), StableIds.sha256(raw.content()),
                BulletinKind.OTHER.code(), key, null, null, null, null, null, List.of(), warnings.list(),
                List.of(documentId), raw.receivedAt());
        return new ParsedBulletin(bulletin, List.of(document));
    }
}
