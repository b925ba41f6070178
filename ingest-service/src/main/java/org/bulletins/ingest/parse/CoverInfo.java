package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo.TocEntry;

import java.time.LocalDate;
import java.util.List;

/**
 * What a bulletin's cover and table of contents say.
 *
 * @param masthead        the publication's name as printed on top (包头市人民政府公报, 包头日报), or null
 * @param tocSections     the group headings of the table of contents (市政府文件 …), for running-header removal
 * @param contentStart    index of the first block after the cover and the table of contents
 */
record CoverInfo(String masthead, Integer year, Integer issue, Integer cumulativeIssue, LocalDate publicationDate,
                 List<TocEntry> tableOfContents, List<String> tocSections, int contentStart) {

    CoverInfo {
        tableOfContents = List.copyOf(tableOfContents);
        tocSections = List.copyOf(tocSections);
    }
}
