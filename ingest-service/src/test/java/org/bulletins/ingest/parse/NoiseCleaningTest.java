package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of conversion noise, each on a small bulletin written for it. */
class NoiseCleaningTest {

    private static final String NOTICE_HEAD = """
            # 某市人民政府关于做好冬季供暖工作的通知

            某府发〔2024〕3号

            各区人民政府，市直各部门：

            """;

    private static ParsedDocument only(String text) throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parseText(text);
        assertEquals(1, bulletin.documents().size(), () -> bulletin.documents().toString());
        return bulletin.documents().get(0);
    }

    @Test
    void runningHeaderInTheMiddleOfASentenceIsRemovedAndTheSentenceRejoined() throws Exception {
        ParsedDocument document = only(NOTICE_HEAD + """
                各地要加强供热设施巡查，确保群众

                ## 市政府文件

                温暖过冬。

                ## 市政府文件

                本通知自印发之日起施行。
                """);
        assertTrue(document.body().contains("确保群众温暖过冬。"), document.body());
        assertFalse(document.body().contains("市政府文件"));
    }

    @Test
    void mongolianScriptLinesAreRemoved() throws Exception {
        ParsedDocument document = only(NOTICE_HEAD + "ᠪᠠᠭᠠᠳᠤ ᠤᠯᠤᠰ ᠤᠨ ᠵᠠᠰᠠᠭ\n\n各地要加强供热设施巡查。\n");
        assertEquals("各区人民政府，市直各部门：\n\n各地要加强供热设施巡查。", document.body());
    }

    @Test
    void spacedHeadingIsCollapsed() throws Exception {
        ParsedBulletin bulletin = Samples.parseText("# 政 府 工 作 报 告\n\n各位代表：\n\n现在，我代表区人民政府向大会报告工作。\n");
        assertEquals("work_report", bulletin.bulletin().kind());
        assertEquals("政府工作报告", bulletin.documents().get(0).title());
    }

    @Test
    void titleBrokenOverHeadingLinesIsJoined() throws Exception {
        ParsedDocument document = only("""
                # 某市人民政府办公室

                ## 关于印发某市供暖保障方案的通知

                某府办发〔2024〕7号

                现将方案印发给你们。

                2024年11月1日
                """);
        assertEquals("某市人民政府办公室关于印发某市供暖保障方案的通知", document.title());
        assertEquals("某市人民政府办公室", document.issuer());
        assertEquals("某府办发〔2024〕7号", document.docNumber());
    }

    @Test
    void paragraphCutByAPageBreakIsRejoined() throws Exception {
        ParsedDocument document = only(NOTICE_HEAD + "各地要加强供热设施巡查，及时\n\n处置突发故障。\n\n本通知自印发之日起施行。\n");
        assertTrue(document.body().contains("及时处置突发故障。\n\n本通知"), document.body());
    }

    @Test
    void duplicateParagraphIsDropped() throws Exception {
        String paragraph = "各地要加强供热设施巡查，及时处置突发故障，确保供热系统安全稳定运行，让群众温暖过冬。";
        ParsedBulletin bulletin = Samples.parseText(NOTICE_HEAD + paragraph + "\n\n" + paragraph + "\n");
        ParsedDocument document = bulletin.documents().get(0);
        assertEquals(1, document.body().split(paragraph, -1).length - 1);
        assertTrue(bulletin.bulletin().warnings().stream().anyMatch(w -> w.contains("repeats")));
    }

    @Test
    void continuationMarkersAreRemoved() throws Exception {
        ParsedBulletin bulletin = Samples.parseText("""
                供热保障有力

                □记者 张三

                本报讯 全市供热系统运行平稳，各供热企业

                下转02

                城市夜景亮起来

                □记者 李四

                本报讯 今年以来，我市实施亮化工程。下转03
                """);
        assertEquals(2, bulletin.documents().size());
        assertEquals("供热保障有力", bulletin.documents().get(0).title());
        assertEquals("城市夜景亮起来", bulletin.documents().get(1).title(), "the marker ends the article");
        assertTrue(bulletin.documents().stream().noneMatch(d -> d.body().contains("下转")));
    }

    @Test
    void lineCutShortByUndecodableBytesIsKeptAndReported() throws Exception {
        ParsedBulletin bulletin = Samples.parseText(NOTICE_HEAD + "各地要加强供热设施巡查，确保\uFFFD\n\n本通知自印发之日起施行。\n");
        ParsedDocument document = bulletin.documents().get(0);
        assertTrue(document.body().contains("各地要加强供热设施巡查，确保\n\n本通知"), "kept, and not joined to the next");
        assertTrue(bulletin.bulletin().warnings().stream().anyMatch(w -> w.contains("U+FFFD")));
    }

    @Test
    void headingMarkupAndEmphasisAreRemoved() throws Exception {
        ParsedDocument document = only(NOTICE_HEAD + "## 一、**总体要求**\n\n要__确保__供热安全。\n");
        assertEquals("各区人民政府，市直各部门：\n\n一、总体要求\n\n要确保供热安全。", document.body());
        assertEquals("一、总体要求", document.sections().get(0).title());
    }

    @Test
    void htmlIsConvertedWithHeadingsAndParagraphs() throws Exception {
        String html = """
                <html><head><title>t</title><style>p{}</style></head><body>
                <h1>某市人民政府关于做好冬季供暖工作的通知</h1><p>某府发〔2024〕3号</p>
                <p>各区人民政府：</p><h2>一、总体要求</h2><p>要确保供热安全。</p><p>2024年11月1日</p>
                <script>alert(1)</script></body></html>""";
        ParsedBulletin bulletin = Samples.parse("page.html", html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/html", null);
        ParsedDocument document = bulletin.documents().get(0);
        assertEquals("某市人民政府关于做好冬季供暖工作的通知", document.title());
        assertEquals("某府发〔2024〕3号", document.docNumber());
        assertEquals(java.time.LocalDate.of(2024, 11, 1), document.issuedDate());
        assertEquals("一、总体要求", document.sections().get(0).title());
        assertFalse(document.body().contains("alert"));
    }
}
