package org.bulletins.catalog.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import org.bulletins.catalog.store.ChronicleEntryRepository;
import org.bulletins.catalog.store.DocumentCriteria;
import org.bulletins.catalog.store.DocumentRepository;
import org.bulletins.http.ProblemException;

import java.time.LocalDate;

/** The documents of the catalog. */
@Controller("/api/documents")
@ExecuteOn(TaskExecutors.BLOCKING)
// One snapshot per request: a page and its total (or a row and its children) are separate queries, and the
// listeners write meanwhile; under READ COMMITTED a page could show total 1 with no items.
@ReadOnly(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
public class DocumentController {

    private final DocumentRepository documents;
    private final ChronicleEntryRepository entries;

    public DocumentController(DocumentRepository documents, ChronicleEntryRepository entries) {
        this.documents = documents;
        this.entries = entries;
    }

    /**
     * Documents matching every filter given, one page at a time, with the total over all pages.
     *
     * @param type       document type (文种) as stored, e.g. 通知, 通告, 报告, 新闻; an unknown type matches nothing
     * @param issuer     issuing authority (发文机关), exact, e.g. 包头市人民政府
     * @param docNumber  document number (文号) in any usual spelling: 包府发〔2024〕60号, 包府发[2024]60号, 包府发(2024)60号, 包府发2024-60
     * @param from       first issued date included, yyyy-MM-dd
     * @param to         last issued date included, yyyy-MM-dd
     * @param year       issued in that year, e.g. 2024
     * @param bulletinId only the documents of this bulletin
     * @param sort       issuedDate,desc (default, newest first), issuedDate,asc, title,asc or title,desc; undated documents come last
     * @param page       page number, from 0
     * @param size       page size, 1 to 100
     * @return the page of document summaries and the total
     */
    @Get
    public PageView<DocumentSummary> list(@QueryValue @Nullable String type,
                                          @QueryValue @Nullable String issuer,
                                          @QueryValue @Nullable String docNumber,
                                          @QueryValue @Nullable String from,
                                          @QueryValue @Nullable String to,
                                          @QueryValue @Nullable Integer year,
                                          @QueryValue @Nullable String bulletinId,
                                          @QueryValue(defaultValue = DocumentSort.DEFAULT) String sort,
                                          @QueryValue(defaultValue = "0") int page,
                                          @QueryValue(defaultValue = "20") int size) {
        LocalDate first = Params.date("from", from);
        LocalDate last = Params.date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.badParameter("from", "from " + first + " is after to " + last
                    + ": swap them or leave one out");
        }
        Integer issuedYear = Params.year(year);
        if (issuedYear != null) {
            first = latest(first, LocalDate.of(issuedYear, 1, 1));
            last = earliest(last, LocalDate.of(issuedYear, 12, 31));
        }
        DocumentCriteria criteria = new DocumentCriteria(Params.optional(type), Params.optional(issuer),
                Params.docNumber(docNumber), first, last, Params.optional(bulletinId));
        return PageView.of(documents.findAll(criteria.toSpecification(),
                Params.page(page, size, DocumentSort.parse(sort).sort())), DocumentSummary::of);
    }

    /**
     * One document with all its metadata, its body and, for a chronicle (大事记), its dated entries.
     *
     * @param id the document id, as listed
     * @return the document
     */
    @Get("/{id}")
    public DocumentDetail get(@PathVariable String id) {
        return documents.findById(id)
                .map(row -> DocumentDetail.of(row, entries.findByKeyDocumentIdOrderByKeyOrdinal(id)))
                .orElseThrow(() -> ProblemException.notFound("document", id));
    }

    private static LocalDate latest(@Nullable LocalDate date, LocalDate other) {
        return date == null || date.isBefore(other) ? other : date;
    }

    private static LocalDate earliest(@Nullable LocalDate date, LocalDate other) {
        return date == null || date.isAfter(other) ? other : date;
    }
}
