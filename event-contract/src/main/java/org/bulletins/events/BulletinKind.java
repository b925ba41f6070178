package org.bulletins.events;

import java.util.Locale;

/** The kinds of bulletin the suite understands; serialised in lower case. */
public enum BulletinKind {
    GAZETTE, WORK_REPORT, NEWSPAPER, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted codes */
    public static BulletinKind fromCode(String code) {
        for (BulletinKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown bulletin kind '" + code
                + "': use one of gazette, work_report, newspaper, other");
    }
}
