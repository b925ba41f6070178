package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A district work report, and one official document in each input form: HTML, GBK, plain text without '#'. */
class ReportAndInputVariantsTest {

    @Test
    void districtReportWithSpacedSpeakerNameAndGlossary() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("synthetic/work-report-district-2025.txt");
        assertEquals("work_report", bulletin.bulletin().kind());
        assertEquals(1, bulletin.documents().size());
        ParsedDocument report = bulletin.documents().get(0);
        assertEquals("政府工作报告", report.title());
        assertEquals("2025年1月8日在青山区第十七届人民代表大会第五次会议上", report.subtitle());
        assertEquals(LocalDate.of(2025, 1, 8), report.issuedDate());
        assertEquals("青山区人民政府", report.issuer(), "from the meeting: the speaker line names no body");
        assertEquals(List.of("李华"), report.authors());
        assertEquals(List.of("一、2024年工作回顾", "二、2025年主要任务", "三、全面加强政府自身建设", "名词解释"),
                report.sections().stream().filter(s -> s.level() == 1).map(ParsedDocument.Section::title).toList());
        assertEquals(5, report.sections().stream().filter(s -> s.level() == 2).count(), "half-width (一)");
        assertTrue(report.body().startsWith("各位代表："), "speaker line is metadata");
        assertTrue(report.body().contains("同比增长11.3%。"), "running header dropped, sentence rejoined");
        assertFalse(report.body().contains("2025年青山区政府工作报告"));
    }

    @Test
    void htmlPageOfAGazetteDocument() throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parse("gazette-document.html", Samples.bytes("synthetic/gazette-document.html"),
                "text/html; charset=utf-8", null);
        assertEquals(1, bulletin.documents().size());
        ParsedDocument notice = bulletin.documents().get(0);
        assertEquals("鄂尔多斯市人民政府办公室关于印发鄂尔多斯市农村牧区人居环境整治提升行动方案的通知", notice.title());
        assertEquals("鄂府办发〔2025〕4号", notice.docNumber());
        assertEquals("鄂尔多斯市人民政府办公室", notice.issuer());
        assertEquals(LocalDate.of(2025, 1, 22), notice.issuedDate());
        assertEquals(List.of("各旗区人民政府", "市人民政府各部门", "各直属单位"), notice.addressees());
        assertTrue(notice.publicRelease());
        assertTrue(notice.body().contains("东胜区\t1200\t10"), "table rows stay tab-separated");
        assertFalse(notice.body().contains("ICP") || notice.body().contains("_hmt") || notice.body().contains("首页"),
                notice.body());
        assertEquals(List.of("鄂尔多斯市农村牧区人居环境整治提升行动方案", "一、主要目标", "二、重点任务", "（一）扎实推进农村牧区厕所革命",
                "（二）加快推进生活污水治理", "三、保障措施"), notice.sections().stream().map(ParsedDocument.Section::title).toList());
    }

    @Test
    void gbkPlainTextWithWindowsLineEndsAndATitleOverThreeLines() throws RejectedBulletinException {
        byte[] bytes = Samples.bytes("synthetic/notice-county-gbk.txt");
        assertThrows(CharacterCodingException.class, () -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)),
                "the fixture really is GBK");
        assertTrue(new String(bytes, Charset.forName("GBK")).contains("\r\n"), "and has Windows line ends");
        ParsedBulletin bulletin = Samples.parse("notice-county-gbk.txt", bytes, null, null);
        assertEquals(1, bulletin.documents().size());
        ParsedDocument notice = bulletin.documents().get(0);
        assertEquals("达拉特旗人民政府关于印发达拉特旗2025年冬春季供暖保障工作方案的通知", notice.title());
        assertEquals("达政发〔2025〕2号", notice.docNumber());
        assertEquals("达拉特旗人民政府", notice.issuer());
        assertEquals(LocalDate.of(2025, 1, 6), notice.issuedDate());
        assertEquals(List.of("各苏木镇人民政府", "旗直各部门"), notice.addressees());
        assertEquals(List.of("达拉特旗2025年冬春季供暖保障工作方案"), notice.attachments());
        assertTrue(notice.publicRelease());
        assertTrue(notice.body().contains("抄送：旗委办公室，旗人大办公室，旗政协办公室。"));
    }
}
