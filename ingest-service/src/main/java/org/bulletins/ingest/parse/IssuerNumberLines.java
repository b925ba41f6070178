package org.bulletins.ingest.parse;

import org.bulletins.events.DocNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Some documents print the doc number right-aligned on the issuer's line ("某市人民政府　　某政发〔2025〕9号") above
 * the 关于… line. The number is moved to a doc-number line after the title, where every other document has it,
 * so titles and numbers are then read the same way.
 */
final class IssuerNumberLines {

    private static final int MAX_TITLE_LINES = 3;

    private IssuerNumberLines() {
    }

    static List<Block> separate(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            Optional<DocNumber.Found> number = trailingNumber(block);
            if (number.isEmpty()) {
                out.add(block);
                i++;
                continue;
            }
            List<String> lines = new ArrayList<>(block.lines());
            lines.set(0, lines.get(0).substring(0, number.get().start()).strip());
            // the rest of the title is either in the same paragraph, up to its document type, or in the 关于… lines
            // that follow; what the paragraph holds after the title is text after the number
            int typeLine = 1;
            while (typeLine < lines.size() - 1 && !DocTypes.endsWithType(lines.get(typeLine))) {
                typeLine++;
            }
            List<String> after = lines.size() > 1 ? lines.subList(typeLine + 1, lines.size()) : List.of();
            out.add(block.withLines(lines.subList(0, lines.size() - after.size()), block.truncated()));
            int titleEnd = lines.size() > 1 ? i + 1 : titleEnd(blocks, i + 1);
            out.addAll(blocks.subList(i + 1, titleEnd));
            out.add(Block.paragraph(List.of(number.get().raw()), block.sourceLine()));
            if (!after.isEmpty()) {
                out.add(Block.paragraph(after, block.sourceLine()));
            }
            i = titleEnd;
        }
        return out;
    }

    /** The number at the end of the block's first line; what precedes it must read as an organisation. */
    private static Optional<DocNumber.Found> trailingNumber(Block block) {
        if (!block.isHeading() && !block.isParagraph() || block.lines().size() > MAX_TITLE_LINES + 1) {
            return Optional.empty();
        }
        String first = block.lines().get(0);
        if (first.length() > 80 || !first.strip().endsWith("号")) {
            return Optional.empty();
        }
        return DocNumber.find(first).filter(found -> found.start() > 0 && first.substring(found.end()).isBlank()
                && LinePatterns.looksLikeOrg(first.substring(0, found.start())));
    }

    /** The end (exclusive) of the 关于… title lines after the issuer line; {@code start} if none follow. */
    private static int titleEnd(List<Block> blocks, int start) {
        if (start >= blocks.size() || !blocks.get(start).compact().startsWith("关于")) {
            return start;
        }
        int end = start;
        while (end < blocks.size() && end < start + MAX_TITLE_LINES) {
            end++;
            if (DocTypes.endsWithType(blocks.get(end - 1).compact())) {
                break;
            }
        }
        return end;
    }
}
