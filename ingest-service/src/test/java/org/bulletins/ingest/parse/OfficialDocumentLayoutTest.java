package org.bulletins.ingest.parse;

import org.bulletins.events.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Layouts of single official documents that the gazette fixtures do not show. */
class OfficialDocumentLayoutTest {

    private static ParsedDocument only(String text) throws RejectedBulletinException {
        ParsedBulletin bulletin = Samples.parseText(text);
        assertEquals(1, bulletin.documents().size(), () -> bulletin.documents().toString());
        return bulletin.documents().get(0);
    }

    @Test
    void orderPrintingNoRegulationIsTitledByItsNumber() throws RejectedBulletinException {
        ParsedDocument order = only("# 某市人民政府令\n\n第 3 号\n\n现决定废止《某市供热管理办法》。\n\n市长　王　某\n\n2025年1月2日\n");
        assertEquals("某市人民政府令（第3号）", order.title());
        assertEquals("令", order.docType());
        assertNull(order.docNumber(), "an order's number has no year");
        assertEquals("某市人民政府", order.issuer());
        assertEquals(List.of("王某"), order.authors());
        assertEquals(LocalDate.of(2025, 1, 2), order.issuedDate());
    }

    @Test
    void numberRightAlignedOnTheIssuersLineWithoutBlankLines() throws RejectedBulletinException {
        ParsedDocument notice = only("某市人民政府　　　　某政发〔2025〕1号\n关于做好防汛工作的通知\n各区人民政府：\n"
                + "　　请做好防汛工作。\n某市人民政府\n二〇二五年五月一日\n（此件依申请公开）\n");
        assertEquals("某市人民政府关于做好防汛工作的通知", notice.title());
        assertEquals("某政发〔2025〕1号", notice.docNumber());
        assertEquals(List.of("各区人民政府"), notice.addressees());
        assertEquals(LocalDate.of(2025, 5, 1), notice.issuedDate());
        assertEquals(false, notice.publicRelease());
        assertEquals("各区人民政府：\n\n请做好防汛工作。\n\n某市人民政府\n\n二〇二五年五月一日\n\n（此件依申请公开）", notice.body());
    }
}
