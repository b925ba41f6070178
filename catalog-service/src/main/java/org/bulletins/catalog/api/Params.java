package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import org.bulletins.events.BulletinKind;
import org.bulletins.events.DocNumber;
import org.bulletins.http.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads query parameters; a value that cannot be read is a 400 naming the parameter and saying what would do. */
final class Params {

    static final int MAX_PAGE_SIZE = 100;

    private Params() {
    }

    /** An absent or blank parameter is no filter. */
    @Nullable
    static String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Nullable
    static LocalDate date(String name, @Nullable String value) {
        String text = optional(value);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, name + " '" + text
                    + "' is not a date: write it as yyyy-MM-dd, e.g. 2024-12-24");
        }
    }

    @Nullable
    static Integer year(@Nullable Integer year) {
        if (year != null && (year < 1900 || year > 2999)) {
            throw ProblemException.badParameter("year", "year " + year + " is out of range: write a year such as 2024");
        }
        return year;
    }

    /** The canonical 〔〕 spelling of a document number, whatever brackets or separators the user typed. */
    @Nullable
    static String docNumber(@Nullable String value) {
        String text = optional(value);
        if (text == null) {
            return null;
        }
        return DocNumber.parse(text).map(DocNumber::canonical).orElseThrow(() -> ProblemException.badParameter(
                "docNumber", "docNumber '" + text + "' is not a document number: write it as 包府发〔2024〕60号"
                        + " (包府发[2024]60号, 包府发(2024)60号 and 包府发2024-60 work too)"));
    }

    @Nullable
    static String status(@Nullable String value) {
        String text = optional(value);
        if (text != null && !text.equals("parsed") && !text.equals("failed")) {
            throw ProblemException.badParameter("status", "status '" + text + "' is unknown: use parsed or failed");
        }
        return text;
    }

    @Nullable
    static String kind(@Nullable String value) {
        String text = optional(value);
        try {
            return text == null ? null : BulletinKind.fromCode(text).code();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("kind", e.getMessage());
        }
    }

    static Pageable page(int page, int size, Sort sort) {
        if (page < 0) {
            throw ProblemException.badParameter("page", "page " + page + " is negative: pages are numbered from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badParameter("size", "size " + size + " is out of range: use 1 to " + MAX_PAGE_SIZE);
        }
        return Pageable.from(page, size, sort);
    }
}
