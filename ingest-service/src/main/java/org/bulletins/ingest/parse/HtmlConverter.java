package org.bulletins.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns an HTML bulletin into the same text form as the others: headings as '#' lines, blocks as paragraphs. */
final class HtmlConverter {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*<(?:!doctype\\s+html|html|head|body|meta|div|p|h[1-6]|table|article|section)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "table", "ul", "ol", "section", "article",
            "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "address", "center",
            "hr", "main", "aside", "caption", "form");

    private HtmlConverter() {
    }

    /** HTML by declared type, or by content when the type says nothing (an upload without a type). */
    static boolean isHtml(String contentType, String text) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        if (contentType != null && !contentType.isBlank() && !contentType.toLowerCase(Locale.ROOT).contains("octet")) {
            return false;
        }
        return HTML_START.matcher(text.length() > 2000 ? text.substring(0, 2000) : text).find();
    }

    static String toText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, svg, head").remove();
        Element root = document.body() != null ? document.body() : document;
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder();
        if (root.select("h1").isEmpty() && !document.title().isBlank()) {
            out.append("# ").append(document.title().strip()).append("\n\n");
        }
        // NodeTraversor walks iteratively, so deeply nested markup cannot overflow the stack.
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (isHeading(tag)) {
                        flush(out, current);
                        current.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                    } else if (tag.equals("br")) {
                        current.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        flush(out, current);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (isHeading(tag) || BLOCKS.contains(tag)) {
                        flush(out, current);
                    } else if (tag.equals("td") || tag.equals("th")) {
                        current.append('\t');
                    }
                }
            }
        }, root);
        flush(out, current);
        return out.toString();
    }

    private static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private static void flush(StringBuilder out, StringBuilder current) {
        String text = current.toString().strip();
        current.setLength(0);
        if (text.isEmpty() || text.matches("#+")) {
            return;
        }
        if (text.startsWith("#")) {
            text = text.replace('\n', ' ');
        }
        out.append(text).append("\n\n");
    }
}
