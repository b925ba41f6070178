package org.bulletins.ingest.parse;

import java.util.List;

/** The document type (文种) a title ends with: 关于…的通知 is a 通知. */
final class DocTypes {

    static final String NEWS = "新闻";
    static final String REPORT = "报告";
    static final String CHRONICLE = "大事记";
    /** What a government work report's title ends with (政府工作报告, 2025年某区政府工作报告). */
    static final String WORK_REPORT = "工作报告";
    static final String UNKNOWN = "其他";

    /** Longer words first, so 命令 wins over 令 and 公报 is not read as 报. */
    private static final List<String> TYPES = List.of("大事记", "命令", "通知", "通告", "公告", "决定", "决议", "批复",
            "通报", "报告", "请示", "纪要", "办法", "规定", "细则", "条例", "规则", "规划", "计划", "要点", "方案",
            "意见", "公报", "议案", "答复", "名单", "函", "令");

    private DocTypes() {
    }

    /** The type a title ends with, ignoring a bracketed tail such as （试行）; null if it ends with none. */
    static String of(String title) {
        String t = withoutBracketTail(Texts.compact(title));
        for (String type : TYPES) {
            if (t.endsWith(type)) {
                return type;
            }
        }
        return null;
    }

    static boolean endsWithType(String title) {
        return of(title) != null;
    }

    private static String withoutBracketTail(String title) {
        String t = title;
        while (t.endsWith("）") || t.endsWith(")")) {
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            if (open <= 0) {
                break;
            }
            t = t.substring(0, open);
        }
        return t;
    }
}
