package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinKind;

import java.util.List;

/**
 * Tells gazettes, work reports and newspaper pages apart by their structure: a gazette masthead (…公报) or a table
 * of contents over numbered documents; a 工作报告 title addressed to 各位代表; bylines and 本报讯 leads.
 */
final class KindDetector {

    private static final int HEAD_BLOCKS = 8;

    private KindDetector() {
    }

    static BulletinKind detect(CoverInfo cover, List<Block> blocks) {
        String masthead = cover.masthead();
        if (masthead != null && (masthead.endsWith("公报") || masthead.endsWith("政报"))) {
            return BulletinKind.GAZETTE;
        }
        if (WorkReportParser.titleIndex(blocks, HEAD_BLOCKS) >= 0) {
            return BulletinKind.WORK_REPORT;
        }
        if (masthead != null || hasNewsMarkers(blocks)) {
            return BulletinKind.NEWSPAPER;
        }
        boolean numbered = blocks.stream().anyMatch(b -> b.isParagraph() && LinePatterns.numberLine(b.text()).isPresent());
        if (numbered && (!cover.tableOfContents().isEmpty() || cover.issue() != null)) {
            return BulletinKind.GAZETTE;
        }
        return BulletinKind.OTHER;
    }

    private static boolean hasNewsMarkers(List<Block> blocks) {
        for (Block block : blocks) {
            if (block.isParagraph() && (LinePatterns.isNewsLead(block.text())
                    || BylineReader.read(block.text()).filter(b -> !b.photoCredit()).isPresent())) {
                return true;
            }
        }
        return false;
    }
}
