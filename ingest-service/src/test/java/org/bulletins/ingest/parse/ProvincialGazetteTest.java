package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A provincial gazette converted as plain text (synthetic): no '#' headings, no blank lines around titles and doc
 * numbers, titles over three lines, paragraphs indented with full-width spaces, Windows line ends, contents
 * with page numbers after full-width spaces, and the masthead with the issue repeated as a page header.
 */
class ProvincialGazetteTest {

    private static ParsedBulletin gazette;

    @BeforeAll
    static void parse() throws RejectedBulletinException {
        gazette = Samples.parse("synthetic/gazette-provincial-2025-04.txt");
    }

    @Test
    void cover() {
        assertEquals("gazette", gazette.bulletin().kind());
        assertEquals("内蒙古自治区人民政府", gazette.bulletin().publisher());
        assertEquals(780, gazette.bulletin().cumulativeIssue());
        assertEquals(LocalDate.of(2025, 2, 28), gazette.bulletin().publicationDate());
        assertEquals(List.of(3, 5, 7, 12), gazette.bulletin().tableOfContents().stream()
                .map(e -> e.page()).toList());
        assertEquals(List.of(), gazette.bulletin().warnings());
    }

    @ParameterizedTest(name = "{0}. {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 内蒙古自治区人民政府关于公布第八批自治区级非物质文化遗产代表性项目名录的通知 | 内政发〔2025〕3号 | 内蒙古自治区人民政府 | 2025-01-20 | 3 | 第八批自治区级非物质文化遗产代表性项目名录
            2 | 内蒙古自治区人民政府关于调整自治区最低工资标准的通知 | 内政发〔2025〕5号 | 内蒙古自治区人民政府 | 2025-02-10 | 2 | -
            3 | 内蒙古自治区人民政府办公厅关于印发自治区推动大规模设备更新和消费品以旧换新实施方案的通知 | 内政办发〔2025〕7号 | 内蒙古自治区人民政府办公厅 | 2025-02-14 | 3 | -
            4 | 内蒙古自治区人民政府关于王建国等同志职务任免的通知 | 内政字〔2025〕12号 | 内蒙古自治区人民政府 | 2025-02-20 | 2 | -
            """)
    void documents(int ordinal, String title, String number, String issuer, LocalDate issued, int addressees,
                   String attachment) {
        assertEquals(4, gazette.documents().size());
        ParsedDocument document = gazette.documents().get(ordinal - 1);
        assertEquals(title, document.title());
        assertEquals("通知", document.docType());
        assertEquals(number, document.docNumber());
        assertEquals(issuer, document.issuer());
        assertEquals(issued, document.issuedDate());
        assertEquals(addressees, document.addressees().size());
        assertEquals(attachment == null ? List.of() : List.of(attachment), document.attachments());
        assertTrue(document.publicRelease());
        assertFalse(document.body().contains("\r") || document.body().contains("公报"), document.body());
    }

    @Test
    void indentedLinesAreParagraphsAndACutNumberIsRejoined() {
        ParsedDocument wages = gazette.documents().get(1);
        assertEquals("""
                各盟行政公署、市人民政府，自治区各委、办、厅、局：

                经自治区人民政府同意，自2025年3月1日起调整全区最低工资标准，月最低工资标准一类地区调整为2270元，\
                二类地区调整为2200元，三类地区调整为2130元。

                各地区要加强对最低工资制度执行情况的监督检查，切实保障劳动者合法权益。

                2025年2月10日

                （此件公开发布）""", wages.body());
    }

    @Test
    void planPrintedAfterItsNoticeKeepsItsOutline() {
        assertEquals(List.of("一、总体要求", "二、重点任务", "（一）实施设备更新行动", "（二）实施消费品以旧换新行动"),
                gazette.documents().get(2).sections().stream().map(ParsedDocument.Section::title).toList());
    }
}
