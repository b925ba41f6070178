package org.bulletins.ingest.parse;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signs or delivers a text, as the line under a work report's title or above an order's date reads:
 * "包头市人民政府市长 张锐", "区长　李　华" (a two-character name spaced to the width of three), "代区长 王明".
 *
 * @param organisation the body before the office ("包头市人民政府"), empty when the line names none
 */
record Signer(String organisation, String name) {

    private static final Pattern LINE = Pattern.compile(
            "^([\\p{IsHan}]{0,30}?)\\s*(?:代理?|副)?(?:(?:省|市|区|县|旗|州|盟|镇|乡)长|主席|主任)\\s*[:：]?\\s*"
                    + "([\\p{IsHan}·](?:\\s?[\\p{IsHan}·]){1,5})$");

    static Optional<Signer> read(String text) {
        if (text.length() > 60) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(Texts.singleSpaced(text));
        return m.matches() ? Optional.of(new Signer(m.group(1), Texts.compact(m.group(2)))) : Optional.empty();
    }

    /** The government the signer heads: 包头市 → 包头市人民政府; null when the line names no place. */
    String government() {
        if (organisation.isEmpty()) {
            return null;
        }
        if (organisation.endsWith("政府")) {
            return organisation;
        }
        return organisation.matches(".*[省市区县旗州盟]$") ? organisation + "人民政府" : organisation;
    }
}
