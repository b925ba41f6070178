package org.bulletins.ingest.parse;

import org.bulletins.events.BulletinInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids and hashes that stay the same when the same bulletin is ingested again. */
public final class StableIds {

    private StableIds() {
    }

    /** The contract's derivation, so every service maps a source key to the same bulletin. */
    public static String bulletinId(String sourceKey) {
        return BulletinInfo.idFor(sourceKey);
    }

    /** @param documentKey what identifies the document inside its bulletin (its number, else title and ordinal) */
    public static String documentId(String bulletinId, String documentKey) {
        return "d-" + sha256((bulletinId + "\n" + documentKey).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
