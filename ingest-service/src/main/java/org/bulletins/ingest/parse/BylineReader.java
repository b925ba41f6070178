package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads newspaper bylines ("□记者 李岸 通讯员 张鑫", "本报评论员") and photo credits ("记者 吴杰 摄"). */
final class BylineReader {

    private static final Pattern ROLE = Pattern.compile(
            "^([\\p{IsHan}]{0,4}?(?:记者|通讯员|实习生)|撰稿人?|作者|摄影|文图)[：:]?(.*)$");
    private static final Pattern ROLE_HINT = Pattern.compile("记者|通讯员|实习生|撰稿|作者|摄|文[/／]?图|图[/／]?文|评论员");
    /** "文/图", "图/文", "图文": the reporter wrote the text and took the photos; a role, never a name. */
    private static final Pattern TEXT_AND_PHOTOS = Pattern.compile("文[/／]图|图[/／]?文");
    /** The signature of an editorial ("本报评论员"): a byline naming the paper, not a person. */
    private static final Pattern EDITORIAL = Pattern.compile("^(?:本报|本刊)?(?:特约)?评论员$");
    private static final Pattern NAME = Pattern.compile(
            "(?:[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}[·•][\\p{IsHan}]{1,6})");
    private static final Pattern INLINE = Pattern.compile("^[^（(]{0,20}?[（(]([^（()）]{2,40})[）)]");
    /** A byline in brackets after a paragraph's last sentence: "…通航城市达到42个。（记者 吴杰）". */
    private static final Pattern CLOSING = Pattern.compile("[。！？”」』]\\s*[（(]([^（()）]{2,40})[）)]$");

    private BylineReader() {
    }

    /** @param photoCredit the line credits a photograph (it ends in 摄) */
    record Byline(List<String> names, boolean photoCredit) {
    }

    static Optional<Byline> read(String text) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 50 || !ROLE_HINT.matcher(s).find()) {
            return Optional.empty();
        }
        s = s.replaceFirst("^[□■◇◆▲△○●◎]+", "").replaceAll("^[（(]|[）)]$", "")
                .strip();
        s = TEXT_AND_PHOTOS.matcher(s).replaceAll("文图");
        if (EDITORIAL.matcher(s).matches()) {
            return Optional.of(new Byline(List.of(), false));
        }
        boolean role = false;
        boolean photo = false;
        List<String> names = new ArrayList<>();
        for (String raw : s.split("[\\s、，,]+")) {
            String token = raw;
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("摄") || (role && token.equals("摄影"))) {
                photo = true;
                continue;
            }
            if (token.length() > 2 && token.endsWith("摄")) {
                photo = true;
                token = token.substring(0, token.length() - 1);
            }
            if (role && NAME.matcher(token).matches() && !ROLE.matcher(token).matches()) {
                names.add(token);
                continue;
            }
            Matcher m = ROLE.matcher(token);
            if (!m.matches()) {
                return Optional.empty();
            }
            role = true;
            String rest = m.group(2);
            if (!rest.isEmpty()) {
                if (!NAME.matcher(rest).matches()) {
                    return Optional.empty();
                }
                names.add(rest);
            }
        }
        return role && !names.isEmpty() ? Optional.of(new Byline(names, photo)) : Optional.empty();
    }

    /** The byline in brackets after a lead such as "本报讯（记者 张三 通讯员 李四）". */
    static List<String> inlineNames(String lead) {
        return bracketedNames(INLINE.matcher(lead.strip()));
    }

    /** The byline in brackets closing a paragraph ("…42个。（记者 吴杰）"); a photo credit names no author here. */
    static List<String> closingNames(String paragraph) {
        return bracketedNames(CLOSING.matcher(paragraph.strip()));
    }

    private static List<String> bracketedNames(Matcher m) {
        if (!m.find()) {
            return List.of();
        }
        return read(m.group(1)).filter(b -> !b.photoCredit()).map(Byline::names).orElse(List.of());
    }
}
