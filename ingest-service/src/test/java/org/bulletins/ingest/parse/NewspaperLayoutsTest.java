package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two more city papers (synthetic, under samples/synthetic): a daily's front page and page 2 with a lunar date
 * line, a registration line, kickers over headlines, a photo item, a place-named news-in-brief column and a
 * "下转02"/"上接01" jump; an evening page in Markdown whose headlines are top-level headings, with a page header
 * mid-article, a ▲ photo item, a bylineless article signed at its end and a 文/图 byline.
 */
class NewspaperLayoutsTest {

    @ParameterizedTest(name = "{0} #{1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            newspaper-daily-2025-03-06.txt   | 1 | 我市稀土产业首季开局良好 | 聚焦“两个稀土基地”建设 1至2月稀土产业产值同比增长18.6% | 刘丽霞,张宏伟
            newspaper-daily-2025-03-06.txt   | 2 | 坚持内涵式发展 让城市更新惠及更多群众 | 丁绣峰调研城市更新工作时强调 | 郭健
            newspaper-daily-2025-03-06.txt   | 3 | 学雷锋 暖人心 | - | 王晓东
            newspaper-daily-2025-03-06.txt   | 4 | 以“有解思维”破解发展难题 | 一论学习贯彻全市高质量发展大会精神 | -
            newspaper-daily-2025-03-06.txt   | 5 | 鹿城简讯 | - | 苗雨蔚,崔妍,李岸
            newspaper-daily-2025-03-06.txt   | 6 | 九原区：“15分钟便民生活圈”扩面提质 | - | 崔妍
            newspaper-daily-2025-03-06.txt   | 7 | 全市法院去年审结各类案件9.8万件 | - | 王瑞晶,高婷
            newspaper-daily-2025-03-06.txt   | 8 | 包头机场开通至三亚、西双版纳直飞航线 | - | 吴杰
            newspaper-evening-2025-03-18.txt | 1 | 我市供热“延时服务”惠及12万户 | 供暖季收官在即 气温偏低小区可申请延长供暖 最长延至4月5日 | 张雅琪,王子涵
            newspaper-evening-2025-03-18.txt | 2 | 春季招聘月提供岗位2.3万个 | - | 李婷
            newspaper-evening-2025-03-18.txt | 3 | 赛汗塔拉城中草原迎来首批“春客” | - | 赵永峰
            newspaper-evening-2025-03-18.txt | 4 | 东河区老旧小区改造开工 | 今年计划改造小区22个 | 孙浩
            newspaper-evening-2025-03-18.txt | 5 | 网购退货遇阻怎么办？市场监管部门支招 | - | 韩雪
            newspaper-evening-2025-03-18.txt | 6 | 3条公交线路优化调整 | 方便北梁新区居民出行 | 徐亮,杨帆
            newspaper-evening-2025-03-18.txt | 7 | 青山区“小院议事厅”解民忧 | - | 王蕾
            newspaper-evening-2025-03-18.txt | 8 | 城事速递 | - | 高峰,崔莹
            """)
    void articles(String file, int ordinal, String title, String subtitle, String authors) throws RejectedBulletinException {
        List<ParsedDocument> articles = Samples.parse("synthetic/" + file).documents();
        assertEquals(8, articles.size(), () -> articles.stream().map(ParsedDocument::title).toList().toString());
        ParsedDocument article = articles.get(ordinal - 1);
        assertEquals(title, article.title());
        assertEquals(subtitle, article.subtitle());
        assertEquals(authors == null ? List.of() : Arrays.asList(authors.split(",")), article.authors());
        assertEquals("新闻", article.docType());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"newspaper-daily-2025-03-06.txt", "newspaper-evening-2025-03-18.txt"})
    void pageLinesAreNoPartOfAnyArticle(String file) throws RejectedBulletinException {
        for (ParsedDocument article : Samples.parse("synthetic/" + file).documents()) {
            String text = article.title() + "\n" + article.body();
            for (String furniture : List.of("星期", "出版物号", "2025.3.18", "责编", "上接", "下转", "摄）", " 摄")) {
                assertFalse(text.contains(furniture), furniture + " in " + text);
            }
        }
    }

    @Test
    void photoItemsStandAlone() throws RejectedBulletinException {
        List<ParsedDocument> daily = Samples.parse("synthetic/newspaper-daily-2025-03-06.txt").documents();
        assertFalse(daily.get(1).body().contains("学雷锋"), "the photo item is not part of the article before it");
        assertTrue(daily.get(2).body().startsWith("3月5日，在昆都仑区友谊大街"), "the caption is the photo item's text");
        List<ParsedDocument> evening = Samples.parse("synthetic/newspaper-evening-2025-03-18.txt").documents();
        assertTrue(evening.get(2).body().startsWith("3月16日，市民在赛汗塔拉"), evening.get(2).body());
        assertFalse(evening.get(1).body().contains("赛汗塔拉"));
    }

    @Test
    void continuationGoesBackToTheArticleThatJumped() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/newspaper-daily-2025-03-06.txt");
        ParsedDocument rareEarths = bulletin.documents().get(0);
        assertTrue(rareEarths.body().contains("已开工\n\n项目41个，完成投资38亿元。"), rareEarths.body());
        assertTrue(rareEarths.body().endsWith("在一季度实现“开门红”的基础上持续攀升。"), rareEarths.body());
        ParsedDocument briefs = bulletin.documents().get(4);
        assertEquals(3, briefs.body().lines().filter(line -> line.startsWith("◆")).count());
        assertFalse(briefs.body().contains("项目41个"), briefs.body());
    }

    @Test
    void pageHeaderInsideAnArticleDoesNotSplitIt() throws RejectedBulletinException {
        ParsedDocument renovation = Samples.parse("synthetic/newspaper-evening-2025-03-18.txt").documents().get(3);
        assertTrue(renovation.body().contains("首批8个小区已率先开工。\n\n“改造方案是大家一起商量定的"), renovation.body());
    }
}
