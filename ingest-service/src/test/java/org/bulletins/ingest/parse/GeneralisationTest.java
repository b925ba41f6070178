package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulletins of the same kinds from elsewhere (synthetic, under samples/synthetic): the rules are structural. */
class GeneralisationTest {

    @ParameterizedTest(name = "{0}. {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 呼和浩特市人民政府关于加快推进数字经济发展的意见 | 意见 | 呼政发〔2023〕12号 | 呼政发〔2023〕12号 | 呼和浩特市人民政府 | 2023-02-28 | 0 | true
            2 | 呼和浩特市人民政府关于表彰2022年度安全生产先进单位的决定 | 决定 | 呼政发〔2023〕15号 | 呼政发[2023]15号 | 呼和浩特市人民政府 | 2023-03-02 | 1 | true
            3 | 呼和浩特市人民政府办公室关于印发呼和浩特市2023年重点工作计划的通知 | 通知 | 呼政办发〔2023〕5号 | 呼政办发〔2023〕5号 | 呼和浩特市人民政府办公室 | 2023-03-06 | 0 | true
            4 | 政府大事记 | 大事记 | - | - | - | - | 0 | false
            """)
    void anotherCitysGazette(int ordinal, String title, String type, String number, String raw, String issuer,
                             LocalDate issued, int attachments, boolean release) throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-hohhot-2023-03.txt");
        assertEquals(4, bulletin.documents().size());
        ParsedDocument document = bulletin.documents().get(ordinal - 1);
        assertEquals(title, document.title());
        assertEquals(type, document.docType());
        assertEquals(number, document.docNumber());
        assertEquals(raw, document.docNumberRaw());
        assertEquals(issuer, document.issuer());
        assertEquals(issued, document.issuedDate());
        assertEquals(attachments, document.attachments().size());
        assertEquals(release, document.publicRelease());
    }

    @Test
    void anotherCitysGazetteBulletinAndChronicle() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-hohhot-2023-03.txt");
        assertEquals("gazette", bulletin.bulletin().kind());
        assertEquals("呼和浩特市人民政府", bulletin.bulletin().publisher());
        assertEquals(2023, bulletin.bulletin().year());
        assertEquals(3, bulletin.bulletin().issue());
        assertEquals(200, bulletin.bulletin().cumulativeIssue());
        assertEquals(LocalDate.of(2023, 3, 15), bulletin.bulletin().publicationDate());
        assertEquals(4, bulletin.bulletin().tableOfContents().size(), "dotted-leader contents with trailing pages");
        assertEquals(List.of(), bulletin.bulletin().warnings());
        ParsedDocument plan = bulletin.documents().get(2);
        assertTrue(plan.body().contains("努力实现经济运行整体好转。"), "running header removed, sentence rejoined");
        ParsedDocument chronicle = bulletin.documents().get(3);
        assertEquals(Arrays.asList(LocalDate.of(2023, 2, 1), null, LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 28)),
                chronicle.entries().stream().map(ParsedDocument.ChronicleEntry::date).toList(),
                "no day (上旬) gives no date; a span of days (6日至7日) its first day");
        assertEquals(List.of("2022年度安全生产先进单位名单"), bulletin.documents().get(1).attachments());
    }

    @Test
    void districtWorkReport() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/work-report-district-2024.txt");
        assertEquals("work_report", bulletin.bulletin().kind());
        ParsedDocument report = bulletin.documents().get(0);
        assertEquals("政府工作报告", report.title());
        assertEquals("报告", report.docType());
        assertEquals(LocalDate.of(2024, 1, 10), report.issuedDate());
        assertEquals("2024年1月10日在昆都仑区第十八届人民代表大会第四次会议上", report.subtitle());
        assertEquals("昆都仑区人民政府", report.issuer());
        assertEquals(List.of("王明"), report.authors());
        assertEquals(List.of("一、2023年工作回顾", "二、2024年主要任务"),
                report.sections().stream().filter(s -> s.level() == 1).map(ParsedDocument.Section::title).toList());
        assertTrue(report.body().contains("主要经济指标好于预期。"), "page number dropped, paragraph rejoined");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            春耕备耕忙 田间涌新绿 | 张三,李四 | 我市多措并举保障春耕生产
            市民文化节开幕 | 王五,赵六 | -
            新能源汽车销量创新高 | 孙七 | -
            """)
    void anotherNewspaper(String title, String authors, String subtitle) throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/newspaper-evening.txt");
        assertEquals("newspaper", bulletin.bulletin().kind());
        assertEquals("鹿城晚报", bulletin.bulletin().publisher());
        assertEquals(LocalDate.of(2025, 3, 5), bulletin.bulletin().publicationDate());
        assertEquals(3, bulletin.documents().size());
        ParsedDocument article = Samples.document(bulletin, title);
        assertEquals(Arrays.asList(authors.split(",")), article.authors());
        assertEquals(subtitle, article.subtitle());
        assertEquals("新闻", article.docType());
        assertFalse(article.body().contains("摄）"));
        assertFalse(article.body().contains("上接") || article.body().contains("下转"));
        assertNull(article.issuedDate());
    }

    @Test
    void captionInsideAnArticleDoesNotBreakItsParagraph() throws RejectedBulletinException {
        ParsedDocument article = Samples.document(Samples.parse("synthetic/newspaper-evening.txt"), "市民文化节开幕");
        assertTrue(article.body().contains("100余场，丰富群众的精神文化生活。"), article.body());
    }

    @Test
    void unknownKindIsOneGenericDocument() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parseText("# 社区通讯\n\n本周社区将开展义诊活动。\n\n欢迎居民参加。\n");
        assertEquals("other", bulletin.bulletin().kind());
        assertEquals(1, bulletin.documents().size());
        assertEquals("社区通讯", bulletin.documents().get(0).title());
        assertEquals("本周社区将开展义诊活动。\n\n欢迎居民参加。", bulletin.documents().get(0).body());
    }
}
