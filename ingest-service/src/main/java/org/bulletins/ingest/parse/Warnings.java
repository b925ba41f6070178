package org.bulletins.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/** Parse warnings of one bulletin, capped so that a pathological input cannot produce an enormous event. */
final class Warnings {

    private static final int MAX = 50;

    private final List<String> messages = new ArrayList<>();
    private int dropped;

    void add(String message) {
        if (messages.size() < MAX) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    void addAll(List<String> all) {
        all.forEach(this::add);
    }

    List<String> list() {
        if (dropped == 0) {
            return List.copyOf(messages);
        }
        List<String> all = new ArrayList<>(messages);
        all.add(dropped + " more warning(s) left out");
        return List.copyOf(all);
    }
}
