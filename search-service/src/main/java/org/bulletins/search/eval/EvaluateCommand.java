package org.bulletins.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bulletins.search.api.QueryDesign;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Measures relevance through the search API: for each judged query and each query design, nDCG@k and the
 * reciprocal rank, per query and as the mean. Hits are matched to judged documents by title ({@link TitleKey});
 * a second hit with the same title gains nothing (the ideal ranking holds each judged document once).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Scores judged queries against a running search API (nDCG@k and MRR per query design).")
public final class EvaluateCommand implements Callable<Integer> {

    public static final String NAME = "evaluate";
    /** The public judged set, beside the checkout. */
    private static final String PUBLIC_SET = "../shared/eval/queries-public.json";

    private static final String BUILT_IN = "classpath:eval/queries-extra.json";

    @Option(names = "--gateway", defaultValue = "http://localhost:8080", description = "base URL of the search API (default: ${DEFAULT-VALUE})")
    URI gateway;

    @Option(names = "--queries", split = ",", description = "judged query files; default: " + PUBLIC_SET + " (if present) and the built-in set " + BUILT_IN)
    List<String> queryFiles;

    @Option(names = "--design", split = ",", description = "query designs to compare; default: all of words_and_chars, no_phrase_boost, no_synonyms, words_only, chars_only")
    List<String> designs;

    @Option(names = "-k", defaultValue = "10", description = "cut-off of nDCG (default: ${DEFAULT-VALUE})")
    int k;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final PrintStream out = System.out;

    public static int execute(String... args) {
        return new CommandLine(new EvaluateCommand()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<JudgedQuery> queries = load();
        List<QueryDesign> compared = designs == null ? Arrays.asList(QueryDesign.values())
                : designs.stream().map(QueryDesign::fromCode).toList();
        Map<QueryDesign, double[]> ndcg = new HashMap<>();
        Map<QueryDesign, double[]> rr = new HashMap<>();
        for (QueryDesign design : compared) {
            ndcg.put(design, new double[queries.size()]);
            rr.put(design, new double[queries.size()]);
            for (int i = 0; i < queries.size(); i++) {
                List<Integer> grades = grades(queries.get(i), design);
                List<Integer> ideal = queries.get(i).judgments().stream().map(JudgedQuery.Judgment::grade).toList();
                ndcg.get(design)[i] = RankingMetrics.ndcg(grades, ideal, k);
                rr.get(design)[i] = RankingMetrics.reciprocalRank(grades);
            }
        }
        print(queries, compared, ndcg, rr);
        return 0;
    }

    private List<JudgedQuery> load() throws IOException {
        List<String> files = queryFiles;
        if (files == null) {
            files = new ArrayList<>();
            if (Files.exists(Path.of(PUBLIC_SET))) {
                files.add(PUBLIC_SET);
            }
            files.add(BUILT_IN);
        }
        List<JudgedQuery> all = new ArrayList<>();
        for (String file : files) {
            try (InputStream in = file.startsWith("classpath:")
                    ? getClass().getClassLoader().getResourceAsStream(file.substring("classpath:".length()))
                    : Files.newInputStream(Path.of(file))) {
                if (in == null) {
                    throw new IOException(file + " is not in the jar");
                }
                all.addAll(json.readValue(in, JudgedQuery.QuerySet.class).queries());
            }
        }
        return all;
    }

    /** The grade of each of the top k hits, in rank order. */
    private List<Integer> grades(JudgedQuery query, QueryDesign design) throws IOException, InterruptedException {
        Map<String, Integer> judged = new HashMap<>();
        query.judgments().forEach(j -> judged.merge(TitleKey.of(j.title()), j.grade(), Math::max));
        StringBuilder url = new StringBuilder(gateway + "/api/search?size=" + k + "&design=" + design.code()
                + "&q=" + encode(query.query()));
        query.filters().forEach((name, value) -> url.append('&').append(encode(name)).append('=').append(encode(String.valueOf(value))));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException("query " + query.id() + " answered " + response.statusCode() + ": " + response.body());
        }
        Set<String> seen = new HashSet<>();
        List<Integer> grades = new ArrayList<>();
        for (JsonNode hit : json.readTree(response.body()).path("hits")) {
            String key = TitleKey.of(hit.path("title").asText());
            grades.add(seen.add(key) ? judged.getOrDefault(key, 0) : 0);
        }
        return grades;
    }

    private void print(List<JudgedQuery> queries, List<QueryDesign> compared, Map<QueryDesign, double[]> ndcg,
                       Map<QueryDesign, double[]> rr) {
        StringBuilder header = new StringBuilder(String.format("| %-5s | %-22s |", "id", "query"));
        StringBuilder rule = new StringBuilder("| --- | --- |");
        for (QueryDesign design : compared) {
            header.append(String.format(" %s nDCG@%d | %s RR |", design.code(), k, design.code()));
            rule.append(" ---: | ---: |");
        }
        out.println(header);
        out.println(rule);
        for (int i = 0; i < queries.size(); i++) {
            JudgedQuery q = queries.get(i);
            String label = q.query() + (q.filters().isEmpty() ? "" : " " + q.filters());
            StringBuilder row = new StringBuilder(String.format("| %-5s | %-22s |", q.id(), label));
            for (QueryDesign design : compared) {
                row.append(String.format(" %.3f | %.3f |", ndcg.get(design)[i], rr.get(design)[i]));
            }
            out.println(row);
        }
        StringBuilder mean = new StringBuilder(String.format("| %-5s | %-22s |", "mean", queries.size() + " queries"));
        for (QueryDesign design : compared) {
            mean.append(String.format(" **%.3f** | **%.3f** |", Arrays.stream(ndcg.get(design)).average().orElse(0),
                    Arrays.stream(rr.get(design)).average().orElse(0)));
        }
        out.println(mean);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
