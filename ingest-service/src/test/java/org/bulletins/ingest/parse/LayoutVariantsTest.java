package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo;
import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layouts the three samples do not show (synthetic, under samples/synthetic): a report printed as a meeting file
 * with its subtitle over two lines or its date on a line of its own, a district gazette whose chronicle gives
 * days under month headings, a daily page with a page header, wire copy, marked captions and a news-in-brief
 * column, and a county weekly
 * with a kicker above the headline and a byline closing the article.
 */
class LayoutVariantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            work-report-district-meeting-file-2025.txt | 2025年1月8日在呼和浩特市新城区第十届人民代表大会第五次会议上 | 新城区人民政府 | 2025-01-08 | 高志刚
            work-report-county-2025.txt                | 在固阳县第十八届人民代表大会第五次会议上                 | 固阳县人民政府 | 2025-01-10 | 王海军
            work-report-bracketed-subtitle-2025.txt    | 2025年1月7日在东河区第十八届人民代表大会第五次会议上      | 东河区人民政府 | 2025-01-07 | 刘强
            """)
    void workReportHeads(String file, String subtitle, String issuer, LocalDate date, String speaker)
            throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/" + file);
        assertEquals("work_report", bulletin.bulletin().kind());
        assertEquals(1, bulletin.documents().size());
        ParsedDocument report = bulletin.documents().get(0);
        assertEquals("政府工作报告", report.title(), "the meeting-file line above is not the title");
        assertEquals(subtitle, report.subtitle());
        assertEquals(issuer, report.issuer());
        assertEquals(date, report.issuedDate());
        assertEquals(List.of(speaker), report.authors());
        assertTrue(report.body().startsWith("各位代表："), report.body().substring(0, 40));
        assertFalse(report.body().contains("政府工作报告"), "the page header repeating the title is dropped");
    }

    @Test
    void aReportsAnnexIsListed() throws RejectedBulletinException {
        ParsedDocument report = Samples.parse("synthetic/work-report-county-2025.txt").documents().get(0);
        assertEquals(List.of("2025年县政府民生实事项目"), report.attachments(), "the annex's own items are not annexes");
    }

    @Test
    void districtGazetteAnnexesOverTwoLinesAndChronicleDaysUnderMonthHeadings() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-district-quarterly-2025.txt");
        assertEquals(5, bulletin.documents().size());
        ParsedDocument decision = bulletin.documents().get(1);
        assertEquals(List.of("2024年度经济社会发展先进集体名单", "2024年度经济社会发展先进个人名单"), decision.attachments());
        assertEquals("赛罕区人民政府", decision.issuer(), "the signature is not part of the annex list");
        assertEquals(LocalDate.of(2025, 2, 14), decision.issuedDate());
        ParsedDocument chronicle = bulletin.documents().get(4);
        assertEquals(List.of(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 6),
                        LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 28)),
                chronicle.entries().stream().map(ParsedDocument.ChronicleEntry::date).toList(),
                "●3日 under the heading 1 月; a span (20日—21日) by its first day");
    }

    @Test
    void dailyPageHeaderWireCopyAndMarkedCaptions() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/newspaper-daily-page3.txt");
        assertEquals("巴彦淖尔日报", bulletin.bulletin().title());
        assertEquals(LocalDate.of(2025, 3, 12), bulletin.bulletin().publicationDate());
        List<String> titles = bulletin.documents().stream().map(ParsedDocument::title).toList();
        assertEquals("我市召开2025年优化营商环境工作推进会", titles.get(0), "the page's date-and-editor line is no headline");
        assertTrue(titles.contains("全国“两会”代表委员热议新质生产力"), titles.toString());
        ParsedDocument wire = bulletin.documents().get(titles.indexOf("全国“两会”代表委员热议新质生产力"));
        assertEquals(List.of("韩洁", "申铖"), wire.authors());
        ParsedDocument sunflower = bulletin.documents().get(titles.indexOf("乌拉特前旗：葵花产业链条越拉越长"));
        assertTrue(sunflower.body().contains("近年来，乌拉特前旗依托葵花种植优势"), "the ▲ caption does not cut the article");
        assertFalse(sunflower.body().contains("■"), "the news-in-brief column that follows is not part of it");
        ParsedDocument briefs = bulletin.documents().get(titles.indexOf("简讯"));
        assertEquals(3, briefs.body().lines().filter(line -> line.startsWith("■")).count(), briefs.body());
    }

    @Test
    void countyWeeklyKickerClosingBylineAndEditorial() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/newspaper-county-weekly.txt");
        assertEquals("固阳报", bulletin.bulletin().title());
        List<ParsedDocument> articles = bulletin.documents();
        assertEquals(List.of("我县春播面积预计达到110万亩", "金山镇：小庭院激活大产业", "让实干成为鲜明导向", "县人民医院开展义诊活动",
                        "固阳县开展安全生产月宣传活动"),
                articles.stream().map(ParsedDocument::title).toList(), "a top-level heading over unsigned text is an article");
        assertEquals("聚焦春耕生产 种子化肥农机储备充足", articles.get(0).subtitle(), "the kicker is not the headline");
        assertEquals(List.of("郝静", "李想", "王强"), articles.get(0).authors());
        assertEquals(List.of("王芳"), articles.get(1).authors(), "（记者 王芳） at the end signs the article above it");
        assertTrue(articles.get(2).authors().isEmpty(), "本报评论员 names no person");
        assertTrue(articles.get(2).body().startsWith("干事创业，实干为先。"));
    }

    @Test
    void cityGazetteChronicleAfterADateLineAndAnOrderListedTwice() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-city-orders-2025-02.txt");
        assertEquals(List.of(), bulletin.bulletin().warnings(), "the contents list the order and its regulation");
        assertEquals(6, bulletin.documents().size());
        ParsedDocument order = bulletin.documents().get(0);
        assertEquals("鄂尔多斯市公共数据管理办法", order.title());
        assertEquals("鄂尔多斯市人民政府令（第8号）", order.subtitle());
        ParsedDocument chronicle = bulletin.documents().get(5);
        assertEquals("政府大事记", chronicle.title(), "the heading right after the last notice's date line");
        assertEquals(5, chronicle.entries().size());
        assertEquals(LocalDate.of(2025, 1, 5), chronicle.entries().get(1).date(), "1月5日至6日");
        assertFalse(bulletin.documents().get(4).body().contains("●"), "the notice before it ends at its date line");
    }

    @Test
    void provincialGazetteOrderUnderItsTitleForwardedOpinionAndDatedList() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-provincial-half-monthly-2025.txt");
        assertEquals(List.of(), bulletin.bulletin().warnings());
        List<ParsedDocument> documents = bulletin.documents();
        assertEquals(5, documents.size());
        ParsedDocument decision = documents.get(0);
        assertEquals("内蒙古自治区人民政府关于修改和废止部分自治区人民政府规章的决定", decision.title());
        assertEquals(LocalDate.of(2025, 4, 21), decision.issuedDate(), "the order printed under it dates it");
        assertTrue(decision.body().contains("本决定自公布之日起施行。"));
        ParsedDocument forwarding = documents.get(2);
        assertEquals("内蒙古自治区人民政府办公厅", forwarding.issuer(), "the office that forwards, not the body forwarded");
        assertEquals("内政办发〔2025〕22号", forwarding.docNumber());
        assertTrue(forwarding.body().contains("关于进一步做好农牧民工就业增收工作的意见"), "the forwarded opinion is printed in it");
        assertEquals("内蒙古自治区财政厅、内蒙古自治区农牧厅", documents.get(3).issuer(), "two bodies issuing jointly");
        ParsedDocument appointments = documents.get(4);
        assertEquals("自治区人民政府任免名单", appointments.title(), "（2025年4月29日） under it is no part of the title");
        assertEquals("名单", appointments.docType());
        assertEquals(LocalDate.of(2025, 4, 29), appointments.issuedDate(), "the bracketed date under its title");
    }

    @Test
    void textTheRulesCannotPlaceIsKeptAndReported() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-plain-text-2025-02.txt");
        assertEquals("赤峰市人民政府公报", bulletin.bulletin().title(), "masthead and romanisation on consecutive lines");
        assertEquals(List.of("赤政发〔2025〕5号", "赤政字〔2025〕11号", "赤政办发〔2025〕8号"), bulletin.documents().stream()
                .map(ParsedDocument::docNumber).filter(java.util.Objects::nonNull).toList());
        assertTrue(bulletin.documents().stream().anyMatch(d -> d.body().contains("现在，我代表市人民政府，向大会报告工作")),
                "the work report printed before the first notice is not lost");
        assertTrue(bulletin.bulletin().warnings().stream().anyMatch(w -> w.contains("before the first recognised document")),
                bulletin.bulletin().warnings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            内蒙古自治区财政厅内蒙古自治区农牧厅             | 内蒙古自治区财政厅、内蒙古自治区农牧厅
            包头市财政局包头市税务局包头市人力资源和社会保障局 | 包头市财政局、包头市税务局、包头市人力资源和社会保障局
            包头市人民政府办公室                             | 包头市人民政府办公室
            内蒙古自治区人民政府办公厅                       | 内蒙古自治区人民政府办公厅
            呼和浩特市新城区人民政府                         | 呼和浩特市新城区人民政府
            """)
    void jointIssuersAreSeparated(String written, String issuers) {
        assertEquals(issuers, MetadataExtractor.jointIssuers(written));
    }

    @Test
    void chronicleAfterADocumentsReleaseNote() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-next-issue-2025-01.txt");
        assertEquals(List.of(), bulletin.bulletin().warnings());
        ParsedDocument letter = bulletin.documents().get(4);
        assertEquals("函", letter.docType());
        assertFalse(letter.body().contains("●"), "the 函 ends at （此件不公开）");
        ParsedDocument chronicle = bulletin.documents().get(5);
        assertEquals("政府大事记", chronicle.title());
        assertEquals(6, chronicle.entries().size());
    }

    @Test
    void gazettePrintingAWorkReportListedWithItsSubtitle() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-with-work-report-2025-02.txt");
        assertEquals(List.of(), bulletin.bulletin().warnings());
        ParsedDocument report = bulletin.documents().get(0);
        assertEquals("政府工作报告", report.title());
        assertEquals(LocalDate.of(2025, 1, 16), report.issuedDate());
        assertEquals(List.of("孟庆维"), report.authors());
        String decision = bulletin.documents().get(2).body();
        assertTrue(decision.contains("市应急管理局综合协调科\n\n昆都仑区应急管理局"), "list lines stay apart");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gazette-order-wrapped-contents-2025-04.txt | 5 | 2025年4月1日至4月30日政府大事记
            gazette-bracketed-pages-2025-08.txt        | 5 | 2025年8月政府大事记
            gazette-bold-contents-2025-06.txt          | 5 | 2025年5月1日—6月30日政府大事记
            """)
    void contentsWithWrappedTitlesBracketedPagesOrBoldGroupsAreReadWhole(String file, int entries, String last)
            throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/" + file);
        List<BulletinInfo.TocEntry> toc = bulletin.bulletin().tableOfContents();
        assertEquals(entries, toc.size(), toc.toString());
        assertEquals(last, toc.get(entries - 1).title());
        assertEquals("政府大事记", toc.get(entries - 1).section());
        assertTrue(bulletin.bulletin().warnings().stream().noneMatch(w -> w.contains("table of contents")),
                "every listed document is found: " + bulletin.bulletin().warnings());
    }

    @Test
    void aWrappedContentsEntryIsOneTitleAndTheFirstDocumentKeepsItsIssuerLine() throws RejectedBulletinException {
        List<BulletinInfo.TocEntry> toc = Samples.parse("synthetic/gazette-order-wrapped-contents-2025-04.txt")
                .bulletin().tableOfContents();
        assertEquals("包头市人民政府关于表彰2024年度全市民营经济发展先进集体和先进个人的决定", toc.get(2).title());
        assertEquals(7, toc.get(2).page());
        ParsedDocument first = Samples.parse("synthetic/gazette-bracketed-pages-2025-08.txt").documents().get(0);
        assertEquals("包头市人民政府关于公布第七批市级非物质文化遗产代表性项目名录的通知", first.title(),
                "the title's first heading line is no group of the contents");
    }

    @Test
    void anOrderWithABracketedNumberHeadingPromulgatesARegulationTitledOverTwoLines() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-order-wrapped-contents-2025-04.txt");
        assertEquals(4, bulletin.documents().size());
        ParsedDocument order = bulletin.documents().get(0);
        assertEquals("包头市既有住宅加装电梯管理办法", order.title());
        assertEquals("包头市人民政府令（第6号）", order.subtitle());
        assertEquals("办法", order.docType());
        assertEquals("包头市人民政府", order.issuer());
        assertEquals(List.of("孟庆维"), order.authors());
        assertEquals(LocalDate.of(2025, 4, 3), order.issuedDate());
    }

    @Test
    void aMastheadFooterBeforeTheChronicleHidesNeitherItsHeadingNorTheBackCover() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/gazette-order-wrapped-contents-2025-04.txt");
        ParsedDocument reply = bulletin.documents().get(2);
        assertFalse(reply.body().contains("●"), "the chronicle's entries are not in the 批复 above it");
        ParsedDocument chronicle = bulletin.documents().get(3);
        assertEquals("政府大事记", chronicle.title());
        assertEquals(7, chronicle.entries().size());
        assertFalse(chronicle.body().contains("邮政编码"), "the back cover is not part of the chronicle");
    }

    @Test
    void aNoticeOpeningWithASentenceHasNoAddresseesAndALettersSignatureStaysApart() throws RejectedBulletinException {
        ParsedDocument notice = Samples.parse("synthetic/gazette-bracketed-pages-2025-08.txt").documents().get(2);
        assertEquals("通告", notice.docType());
        assertEquals(List.of(), notice.addressees(), "\"为缓解…现通告如下：\" is a sentence");
        ParsedDocument letter = Samples.parse("synthetic/gazette-bold-contents-2025-06.txt").documents().get(3);
        assertEquals("函", letter.docType());
        assertTrue(letter.body().contains("5181234\n\n包头市人民政府办公室"), "the signature is not glued to the contact line");
        assertFalse(Samples.parse("synthetic/gazette-bold-contents-2025-06.txt").documents().get(2).body()
                .contains("市政府办公室文件"), "the running header named by a bold group of the contents is dropped");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            work-report-banner-2025.txt         | 达尔罕茂明安联合旗政府工作报告 | 2025-01-08 | 其其格 |
            work-report-glossary-annex-2025.txt | 政府工作报告                 | 2025-01-07 | 王斌   | 名词解释
            work-report-fu-annex-2025.txt       | 政府工作报告                 | 2025-01-09 | 赵勇   | 2025年旗政府重点民生实事
            """)
    void moreReportHeadsAndAnnexes(String file, String title, LocalDate date, String speaker, String annex)
            throws RejectedBulletinException {
        ParsedDocument report = Samples.parse("synthetic/" + file).documents().get(0);
        assertEquals(title, report.title(), "a place printed above the title is part of it");
        assertEquals(date, report.issuedDate(), "a date alone on its line, bracketed or not");
        assertEquals(List.of(speaker), report.authors());
        assertEquals(annex == null ? List.of() : List.of(annex), report.attachments(), "附件： or 附： alone over the annex's title");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1．2024年度先进集体名单    | 3
            2、加强组织领导。          | 3
            1、2月份，全市工业增加值增长 | 0
            1.5亿元用于供热改造。       | 0
            """)
    void listNumbersAreToldFromNumbersInText(String line, int level) {
        assertEquals(level, LinePatterns.numberingLevel(line));
    }
}
