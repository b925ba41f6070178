package org.bulletins.events;

/** Kafka topics and headers the services share. Documented in the README under "The event flow". */
public final class Topics {
    /** Raw bulletins from upstream systems. Key: upstream id (e.g. file name); value: raw bytes. */
    public static final String RAW = "bulletins.raw";
    /** One {@link DocumentEvent} per parsed document, keyed by document id. */
    public static final String PARSED = "documents.parsed";
    /** Raw bulletins that could not be parsed, with the reason and origin in headers. */
    public static final String DLQ = "bulletins.dlq";

    public static final String HEADER_CONTENT_TYPE = "content-type";
    public static final String HEADER_CHARSET = "charset";
    public static final String HEADER_SOURCE = "source";

    public static final String HEADER_ERROR_CODE = "error.code";
    public static final String HEADER_ERROR_REASON = "error.reason";
    public static final String HEADER_ORIGIN_TOPIC = "origin.topic";
    public static final String HEADER_ORIGIN_PARTITION = "origin.partition";
    public static final String HEADER_ORIGIN_OFFSET = "origin.offset";
    public static final String HEADER_ORIGIN_KEY = "origin.key";
    /** The id the bulletin has (or would have had) in the catalog, see {@link BulletinInfo#id()}. */
    public static final String HEADER_BULLETIN_ID = "bulletin.id";
    public static final String HEADER_FAILED_AT = "failed.at";

    private Topics() {
    }
}
