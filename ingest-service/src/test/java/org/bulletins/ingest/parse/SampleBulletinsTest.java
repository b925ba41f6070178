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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three real bulletins, read the way a careful reader reads them. */
class SampleBulletinsTest {

    private static ParsedBulletin gazette;
    private static ParsedBulletin newspaper;
    private static ParsedBulletin report;

    @BeforeAll
    static void parseSamples() throws RejectedBulletinException {
        gazette = Samples.parse("gazette-2024-12.txt");
        newspaper = Samples.parse("newspaper-page.txt");
        report = Samples.parse("work-report-city-2024.txt");
    }

    @Test
    void gazetteBulletin() {
        BulletinInfo info = gazette.bulletin();
        assertEquals("gazette", info.kind());
        assertEquals("包头市人民政府公报", info.title());
        assertEquals("包头市人民政府", info.publisher());
        assertEquals(2024, info.year());
        assertEquals(12, info.issue());
        assertEquals(151, info.cumulativeIssue());
        assertEquals(LocalDate.of(2025, 1, 6), info.publicationDate());
        assertEquals(5, info.tableOfContents().size());
        assertEquals(List.of(1, 4, 5, 7, 13), info.tableOfContents().stream().map(BulletinInfo.TocEntry::page).toList());
        assertEquals("市政府办公室文件", info.tableOfContents().get(2).section());
        assertEquals(List.of(), info.warnings(), "the contents agree with the documents found");
        assertEquals(5, gazette.documents().size());
        assertEquals(gazette.documents().stream().map(ParsedDocument::id).toList(), info.documentIds());
        assertEquals(Samples.RECEIVED, info.receivedAt());
        assertEquals(64, info.contentHash().length());
    }

    @ParameterizedTest(name = "{0}. {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | 包头市人民政府关于划定禁止燃放烟花爆竹、堆燃旺火时段和区域的通告 | 通告 | 包府发〔2024〕60号 | 包头市人民政府 | 2024-12-24 | 2 | true | 0
            2 | 包头市人民政府关于任免潘大伟等同志职务的通知 | 通知 | 包府发〔2024〕61号 | 包头市人民政府 | 2024-12-24 | 0 | true | 4
            3 | 包头市人民政府办公室关于公布包头市化工重点监控点认定名单（第二批）的通知 | 通知 | 包府办发〔2024〕125号 | 包头市人民政府办公室 | 2024-12-20 | 0 | true | 3
            4 | 包头市人民政府办公室关于印发包头市育儿补贴及托育机构运营奖励补贴政策实施方案（试行）的通知 | 通知 | 包府办发〔2024〕126号 | 包头市人民政府办公室 | 2024-12-20 | 0 | true | 4
            5 | 政府大事记 | 大事记 | - | - | - | 0 | false | 0
            """)
    void gazetteDocuments(int ordinal, String title, String type, String number, String issuer, LocalDate issued,
                          int attachments, boolean release, int addressees) {
        ParsedDocument document = gazette.documents().get(ordinal - 1);
        assertEquals(ordinal, document.ordinal());
        assertEquals(title, document.title());
        assertEquals(type, document.docType());
        assertEquals(number, document.docNumber());
        assertEquals(number, document.docNumberRaw(), "written in the canonical form already");
        assertEquals(issuer, document.issuer());
        assertEquals(issued, document.issuedDate());
        assertEquals(attachments, document.attachments().size());
        assertEquals(release, document.publicRelease());
        assertEquals(addressees, document.addressees().size());
        assertEquals(List.of(), document.authors());
        assertFalse(document.body().isBlank());
    }

    @Test
    void gazetteDetails() {
        ParsedDocument notice = gazette.documents().get(0);
        assertEquals(List.of("昆区、青山区、东河区、九原区、稀土高新区禁燃放区域示意图", "土右旗禁燃放区域示意图"), notice.attachments());
        assertTrue(notice.body().contains("附件1"), "the annexes stay with their document");
        assertEquals("一、禁止燃放烟花爆竹、堆燃旺火时段", notice.sections().get(0).title());
        assertEquals(List.of("各旗、县、区人民政府", "稀土高新区管委会", "市直有关部门、单位", "中直、区直企事业单位"),
                gazette.documents().get(1).addressees());
        assertTrue(gazette.documents().get(1).body().contains("潘大伟 任市招商投资促进局副局长（试用期一年）；"),
                "a line cut by the page break is rejoined");
        ParsedDocument plan = gazette.documents().get(3);
        assertTrue(plan.body().contains("本实施方案自公布之日起施行"), "the plan printed after the 通知 belongs to it");
        assertTrue(plan.body().contains("（试行）》印发给你们"), "a sentence cut by a page break is rejoined");
        assertFalse(plan.body().contains("市政府办公室文件"), "running headers are removed");
        assertTrue(plan.sections().stream().anyMatch(s -> s.level() == 2 && s.title().equals("（一）生育支持育儿补贴")));
        assertTrue(gazette.documents().get(2).body().contains("包头海平面高分子工业有限公司"));
    }

    @Test
    void gazetteChronicle() {
        ParsedDocument chronicle = gazette.documents().get(4);
        assertEquals("2024年12月1日—12月31日", chronicle.subtitle());
        assertEquals(10, chronicle.entries().size());
        assertTrue(chronicle.entries().stream().allMatch(e -> e.date() != null && e.date().getYear() == 2024
                && e.date().getMonthValue() == 12));
        assertEquals(LocalDate.of(2024, 12, 1), chronicle.entries().get(0).date());
        assertEquals(LocalDate.of(2024, 12, 23), chronicle.entries().get(9).date());
        assertTrue(chronicle.entries().get(0).text().startsWith("12月1日，市委书记丁绣峰"));
        assertTrue(chronicle.entries().get(0).text().contains("市领导王玲、王瑞、廉冬、丁凯、张斌、刘永祥"),
                "paragraphs after a ● item belong to it");
        assertTrue(chronicle.body().contains("专属于那个时代的青春岁月"), "the running header cut the sentence");
        assertFalse(chronicle.body().contains("大 事 记") || chronicle.body().contains("邮政编码"),
                "running headers and the back cover are removed");
        assertFalse(chronicle.body().matches("(?s).*[\\u1800-\\u18AF].*"));
    }

    @Test
    void newspaperBulletin() {
        assertEquals("newspaper", newspaper.bulletin().kind());
        assertEquals(7, newspaper.documents().size(), "seven articles; the photo caption is not one");
        assertTrue(newspaper.documents().stream().allMatch(d -> d.docType().equals("新闻")));
        assertNull(newspaper.bulletin().publisher(), "the page does not state the paper's name");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            “包头织造”扬帆海外放光彩 | 郭健 | -
            实干绘就幸福景 | 崔妍,吴杰 | “十四五”时期包头市民生工作综述
            碳计量内蒙古自治区产业技术工程化中心在包揭牌 | 王瑞晶 | -
            全市统战系统学习贯彻党的二十届四中全会精神专题研讨会召开 | 崔妍 | -
            白云矿区重点项目建设创佳绩 | 李岸,张鑫 | -
            我市三大高地建设提档升级惠民生 | 苗雨蔚 | 新增学位1万余个 基本医保参保率超95% 年均开展文化活动1500余场
            凝心聚力六十日 奋楫笃行暖夕阳 | 李硕 | -
            """)
    void newspaperArticles(String title, String authors, String subtitle) {
        ParsedDocument article = Samples.document(newspaper, title);
        assertEquals(Arrays.asList(authors.split(",")), article.authors());
        assertEquals(subtitle, article.subtitle());
        assertNull(article.docNumber());
        assertFalse(article.body().contains("下转"), "continuation markers are removed");
        assertFalse(article.body().contains("□记者"), "bylines are metadata, not body");
    }

    @Test
    void newspaperNoise() {
        ParsedDocument weaving = Samples.document(newspaper, "“包头织造”扬帆海外放光彩");
        assertEquals(2, weaving.body().split("\n\n").length, "the repeated paragraph is dropped");
        assertTrue(newspaper.bulletin().warnings().stream().anyMatch(w -> w.contains("repeats the one before it")));
        ParsedDocument livelihood = Samples.document(newspaper, "实干绘就幸福景");
        assertTrue(livelihood.body().contains("让更多群众实现了“安居梦”"), "joined across the photo and its caption");
        assertFalse(livelihood.body().contains("幸福生活乐开怀"), "the caption is not body text");
        assertTrue(livelihood.body().contains("落脚于群众的切身需求"));
        assertEquals(List.of("城市更新换新颜", "民生福祉再升级"),
                livelihood.sections().stream().map(ParsedDocument.Section::title).toList());
    }

    @Test
    void workReport() {
        assertEquals("work_report", report.bulletin().kind());
        assertEquals(1, report.documents().size());
        ParsedDocument document = report.documents().get(0);
        assertEquals("政府工作报告", document.title());
        assertEquals("报告", document.docType());
        assertEquals("2024年1月17日在包头市第十六届人民代表大会第三次会议上", document.subtitle());
        assertEquals(LocalDate.of(2024, 1, 17), document.issuedDate());
        assertEquals(List.of("张锐"), document.authors());
        assertEquals("包头市人民政府", document.issuer());
        assertEquals(3, document.sections().stream().filter(s -> s.level() == 1).count());
        assertEquals(8, document.sections().stream().filter(s -> s.level() == 2).count());
        assertTrue(document.sections().get(0).title().startsWith("一、回顾2023年"));
        assertTrue(document.body().startsWith("各位代表："));
        assertTrue(document.body().contains("新探明稀土资源储量远超当前，发现战略性关键金属"), "page break rejoined");
        assertEquals("政府工作报告", report.bulletin().title());
        assertEquals(LocalDate.of(2024, 1, 17), report.bulletin().publicationDate());
    }

    @Test
    void reparsingGivesTheSameIds() throws RejectedBulletinException {
        assertEquals(gazette.bulletin().documentIds(), Samples.parse("gazette-2024-12.txt").bulletin().documentIds());
        assertEquals(7, newspaper.bulletin().documentIds().stream().distinct().count());
    }
}
