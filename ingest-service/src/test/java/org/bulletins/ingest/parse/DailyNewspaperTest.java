package org.bulletins.ingest.parse;

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
 * A page of another daily (synthetic): a page-section label above the first headline, a deck, 本报讯 with two
 * reporters, a "记者 … 通讯员 …" byline in full-width spaces, a "□本报记者" byline, an inline photo caption,
 * jump markers "（下转第3版）"/"上接第1版", an editorial signed 本报评论员 and a news-in-brief column.
 */
class DailyNewspaperTest {

    private static ParsedBulletin page;

    @BeforeAll
    static void parse() throws RejectedBulletinException {
        page = Samples.parse("synthetic/newspaper-daily-page2.txt");
    }

    @Test
    void page() {
        assertEquals("newspaper", page.bulletin().kind());
        assertEquals("呼和浩特日报", page.bulletin().title());
        assertEquals(LocalDate.of(2025, 3, 5), page.bulletin().publicationDate());
        assertEquals(7, page.documents().size(), () -> page.documents().stream().map(ParsedDocument::title).toList().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            我市一季度重点项目集中开工 | 总投资286亿元 涉及产业、基础设施、民生等领域 | 张三,李四,王强
            老旧小区换新颜 | - | 王五,赵六
            以“高效办成一件事”提升群众满意度 | - | 钱七
            让营商环境成为最硬的竞争力 | - | -
            我市启动春季义务植树活动 | - | -
            市图书馆推出“阅读进社区”活动 | - | -
            市区新增公共充电桩300个 | - | -
            """)
    void articles(String title, String subtitle, String authors) {
        ParsedDocument article = Samples.document(page, title);
        assertEquals(subtitle, article.subtitle());
        assertEquals(authors == null ? List.of() : Arrays.asList(authors.split(",")), article.authors());
        assertEquals("新闻", article.docType());
        assertFalse(article.body().contains("转第") || article.body().contains("接第") || article.body().contains("摄）")
                || article.body().contains("评论员") || article.body().contains("简讯"), article.body());
    }

    @Test
    void intertitlesAreSections() {
        assertEquals(List.of("居民参与全过程", "长效管理同步跟进"), Samples.document(page, "老旧小区换新颜").sections()
                .stream().map(ParsedDocument.Section::title).toList());
    }

    @Test
    void jumpMarkerCutsTheParagraphWithoutLeavingATrace() {
        ParsedDocument first = Samples.document(page, "我市一季度重点项目集中开工");
        assertTrue(first.body().endsWith("其中投资10亿元以上项目8个。"), first.body());
    }
}
