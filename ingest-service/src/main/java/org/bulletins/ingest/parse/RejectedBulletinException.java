package org.bulletins.ingest.parse;

/** A bulletin that cannot be parsed; the message says what is wrong and what to do about it. */
public class RejectedBulletinException extends Exception {

    /** Why a bulletin was rejected; the code travels in the problem body and the dead-letter headers. */
    public enum Reason {
        EMPTY, TOO_LARGE, BINARY, UNDECODABLE, NO_TEXT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public RejectedBulletinException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
