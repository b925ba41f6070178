package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A government order (政府令): the heading "某市人民政府令", a number line "第 12 号" without year, the order text
 * ("《某办法》已经…通过，现予公布"), the signer ("市长　张志刚") and the date, usually followed by the regulation it
 * promulgates. Such a document is titled by that regulation, as contents pages list it, and "某市人民政府令（第12号）"
 * becomes its subtitle; an order printing no regulation is titled so.
 */
final class GovernmentOrders {

    private static final Pattern ORDER_NUMBER = Pattern.compile("^[（(]?(第[\\d０-９]{1,4}号)[)）]?$");
    private static final String ORDER = "令";

    private GovernmentOrders() {
    }

    /** "某市人民政府令" followed by its "第12号" line (or heading, "（第 12 号）"). */
    static boolean startsAt(String title, List<Block> blocks, int next) {
        String c = Texts.compact(title);
        return c.endsWith(ORDER) && LinePatterns.looksLikeOrg(c.substring(0, c.length() - 1))
                && next < blocks.size() && isNumber(blocks.get(next).text());
    }

    /** Whether a title is the regulation the order's text quotes in 《》: it is printed as part of the order. */
    static boolean promulgates(List<Block> orderContent, String title) {
        return quotes(orderContent, "《" + Texts.fold(title) + "》");
    }

    /** Whether a heading begins the name the order's text quotes: the first line of a regulation's broken title. */
    static boolean beginsPromulgated(List<Block> orderContent, String heading) {
        return quotes(orderContent, "《" + Texts.fold(heading));
    }

    private static boolean quotes(List<Block> content, String quoted) {
        return content.stream().anyMatch(b -> b.isParagraph() && Texts.fold(b.text()).contains(quoted));
    }

    static DocumentDraft draft(String orderTitle, List<Block> content) {
        List<Block> body = new ArrayList<>(content);
        String number = !body.isEmpty() && isNumber(body.get(0).text()) ? number(body.remove(0).text()) : "";
        String heading = Texts.compact(orderTitle);
        String order = number.isEmpty() ? heading : heading + "（" + number + "）";
        String issuer = heading.substring(0, heading.length() - ORDER.length());
        List<String> signers = new ArrayList<>();
        String regulation = null;
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (block.isParagraph() && signers.isEmpty()) {
                Signer.read(block.text()).ifPresent(s -> signers.add(s.name()));
            }
            int lines = block.isHeading() ? regulationLines(body, i) : 0;
            if (lines > 0) {
                regulation = Texts.compact(Titles.joined(body, i, i + lines));
                body.subList(i, i + lines).clear();
                break;
            }
        }
        return regulation == null
                ? new DocumentDraft(DocumentDraft.Form.ORDER, order, null, issuer, null, signers, body)
                : new DocumentDraft(DocumentDraft.Form.ORDER, regulation, order, issuer, null, signers, body);
    }

    /** How many headings from {@code start} spell the regulation the text above quotes (a title may be broken); 0 if none. */
    private static int regulationLines(List<Block> body, int start) {
        List<Block> above = body.subList(0, start);
        for (int end = start + 1; end <= Math.min(body.size(), start + 3) && body.get(end - 1).isHeading(); end++) {
            String heading = Titles.joined(body, start, end);
            if (promulgates(above, heading)) {
                return end - start;
            }
            if (!beginsPromulgated(above, heading)) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean isNumber(String text) {
        return ORDER_NUMBER.matcher(Texts.compact(text)).matches();
    }

    /** 第12号, without the brackets some gazettes print around it. */
    private static String number(String text) {
        Matcher m = ORDER_NUMBER.matcher(Texts.compact(text));
        return m.matches() ? m.group(1) : Texts.compact(text);
    }
}
