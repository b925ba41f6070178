package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo;
import org.bulletins.events.ParsedDocument;

import java.util.List;

/** The result of parsing one bulletin: the bulletin and its documents, in reading order. */
public record ParsedBulletin(BulletinInfo bulletin, List<ParsedDocument> documents) {
}
