package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo;
import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Another city's gazette issue (synthetic): a government order, 决定/批复/意见/通知/函/公告, a doc number on the
 * issuer's line, signatures above date lines in Chinese numerals, 抄送/印发 lines, single unnumbered attachments,
 * every release flag, and a chronicle across new year.
 */
class MunicipalGazetteTest {

    private static ParsedBulletin gazette;

    @BeforeAll
    static void parse() throws RejectedBulletinException {
        gazette = Samples.parse("synthetic/gazette-municipal-2025-03.txt");
    }

    @Test
    void cover() {
        BulletinInfo info = gazette.bulletin();
        assertEquals("gazette", info.kind());
        assertEquals("乌兰察布市人民政府公报", info.title());
        assertEquals("乌兰察布市人民政府", info.publisher());
        assertEquals(2025, info.year());
        assertEquals(3, info.issue());
        assertEquals(96, info.cumulativeIssue());
        assertEquals(LocalDate.of(2025, 3, 20), info.publicationDate(), "date in Chinese numerals before 出版");
        assertEquals(8, info.tableOfContents().size());
        assertEquals("【市政府办公室文件】", info.tableOfContents().get(5).section());
        assertEquals(List.of(), info.warnings(), "every contents line is found, the order by its regulation");
        assertEquals(8, gazette.documents().size());
    }

    @ParameterizedTest(name = "{0}. {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 乌兰察布市城市绿化管理办法 | 办法 | - | 乌兰察布市人民政府 | 2025-02-26 | 0 | 0 | false
            2 | 乌兰察布市人民政府关于2024年度市级科学技术奖励的决定 | 决定 | 乌政发〔2025〕8号 | 乌兰察布市人民政府 | 2025-02-10 | 3 | 1 | true
            3 | 乌兰察布市人民政府关于同意设立察右前旗巴音镇的批复 | 批复 | 乌政字〔2025〕15号 | 乌兰察布市人民政府 | 2025-02-12 | 1 | 0 | false
            4 | 乌兰察布市人民政府关于进一步优化营商环境的意见 | 意见 | 乌政发〔2025〕9号 | 乌兰察布市人民政府 | 2025-02-28 | 3 | 0 | true
            5 | 乌兰察布市人民政府办公室关于印发乌兰察布市2025年春季造林绿化工作方案的通知 | 通知 | 乌政办发〔2025〕6号 | 乌兰察布市人民政府办公室 | 2025-03-03 | 2 | 1 | true
            6 | 乌兰察布市人民政府办公室关于商请支持举办2025年草原马拉松赛事的函 | 函 | 乌政办函〔2025〕11号 | 乌兰察布市人民政府办公室 | 2025-03-05 | 1 | 0 | false
            7 | 乌兰察布市人民政府办公室关于2025年清明节期间森林草原防火的公告 | 公告 | - | 乌兰察布市人民政府办公室 | 2025-03-18 | 0 | 0 | false
            8 | 政府大事记 | 大事记 | - | - | - | 0 | 0 | false
            """)
    void documents(int ordinal, String title, String type, String number, String issuer, LocalDate issued,
                   int addressees, int attachments, boolean release) {
        ParsedDocument document = gazette.documents().get(ordinal - 1);
        assertEquals(title, document.title());
        assertEquals(type, document.docType());
        assertEquals(number, document.docNumber());
        assertEquals(issuer, document.issuer());
        assertEquals(issued, document.issuedDate());
        assertEquals(addressees, document.addressees().size(), () -> document.addressees().toString());
        assertEquals(attachments, document.attachments().size());
        assertEquals(release, document.publicRelease());
    }

    @Test
    void orderIsTitledByTheRegulationItPromulgates() {
        ParsedDocument order = gazette.documents().get(0);
        assertEquals("乌兰察布市人民政府令（第12号）", order.subtitle());
        assertEquals(List.of("张志刚"), order.authors(), "the mayor signs the order");
        assertTrue(order.body().contains("第五条 本办法自2025年4月1日起施行。"), order.body());
        assertEquals(List.of("第一章总则", "第二章规划和建设", "第三章附则"),
                order.sections().stream().map(ParsedDocument.Section::title).toList());
    }

    @Test
    void numberOnTheIssuersLineAndAddresseesOverTwoLines() {
        ParsedDocument opinion = gazette.documents().get(3);
        assertEquals(List.of("各旗县市区人民政府", "市各委、办、局", "各大企事业单位"), opinion.addressees());
        assertFalse(gazette.documents().get(2).body().contains("乌政发〔2025〕9号"), "not left in the document before");
        assertTrue(opinion.body().endsWith("2025年2月28日印发"), "抄送/印发 lines stay with their document");
    }

    @Test
    void repeatedSignatureLinesAreNotRunningHeaders() {
        assertTrue(gazette.documents().get(1).body().contains("乌兰察布市人民政府\n\n2025年2月10日"));
    }

    @Test
    void attachmentThatIsALongPlanKeepsItsOutline() {
        ParsedDocument notice = gazette.documents().get(4);
        assertEquals(List.of("乌兰察布市2025年春季造林绿化工作方案"), notice.attachments());
        assertEquals(List.of("一、总体目标", "二、重点任务", "三、保障措施"), notice.sections().stream()
                .filter(s -> s.level() == 1 && s.title().contains("、")).map(ParsedDocument.Section::title).toList());
    }

    @Test
    void chronicleAcrossNewYear() {
        ParsedDocument chronicle = gazette.documents().get(7);
        assertEquals("2024年12月—2025年2月", chronicle.subtitle());
        assertEquals(Arrays.asList(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 1), null, LocalDate.of(2025, 2, 6),
                        LocalDate.of(2025, 2, 28)),
                chronicle.entries().stream().map(ParsedDocument.ChronicleEntry::date).toList(),
                "a span (1日至2日) is dated by its first day, a part of a month (中旬) not at all");
        assertTrue(chronicle.entries().get(3).text().endsWith("会议还研究了其他事项。"));
    }
}
