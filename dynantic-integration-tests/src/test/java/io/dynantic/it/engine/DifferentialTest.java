package io.dynantic.it.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.it.engine.Answers.Answer;
import io.dynantic.it.engine.Corpus.Entry;
import io.dynantic.it.engine.Differences.Listed;
import io.dynantic.local.Engine;
import io.dynantic.local.json.Json;
import io.dynantic.testing.LocalDynamoDb;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Sends a corpus of raw DynamoDB JSON requests to the engine and to moto (and to dynalite when it is installed), and
 * compares the answers.
 *
 * <p><b>The corpus</b> ({@code differential/corpus.txt}) is a list of requests, each with an id, the action and the
 * JSON body, sent in order to a fresh instance of every backend: later requests use the tables and items earlier
 * ones made. Each goes over HTTP as an SDK would send it ({@code X-Amz-Target}, {@code application/x-amz-json-1.0},
 * a SigV4-shaped {@code Authorization} header, which moto reads for the account and region and does not verify).
 *
 * <p><b>The comparison</b> takes the engine as the reference and looks at four aspects of every answer: the HTTP
 * status; for errors the {@code __type} after its {@code #} and the message; and the body: a success's whole JSON, or
 * an error's members other than type and message (such as {@code CancellationReasons} or {@code Item}). When the
 * statuses differ only {@code status} is reported. Before bodies are compared they are normalised, minimally (see
 * {@link Answers#normalise}): the order of JSON object members is ignored; the members that change on every run are
 * dropped ({@code CreationDateTime} and the other update times, {@code TableId}); the account and region in ARNs are
 * replaced; set members (SS, NS, BS) are sorted, since a set has no order; JSON numbers are compared by value; and
 * the items of Scan and of BatchGetItem's {@code Responses} are sorted, since their order is up to the service. A
 * parallel Scan is sent once per segment and the segments' answers merged, since which segment holds an item is the
 * service's choice too.
 *
 * <p><b>The differences</b> ({@code differential/differences.txt}) list, per backend and corpus id, which aspects
 * differ and why. In its {@code [intended]} section every entry cites the AWS documentation (the sentence and the page)
 * or a real DynamoDB answer showing that DynamoDB behaves as the engine does. The test fails on a difference that is
 * not listed, on a listed difference whose aspects changed, and on a listed difference that no longer occurs, so the
 * list stays true. The section {@code [known engine bugs (to fix)]} lists answers where the engine, not the other
 * backend, departs from DynamoDB: they are printed, and fail the test only with {@code
 * -Ddynantic.differential.strict=true} (a fixed bug fails it always, until its entry is removed).
 *
 * <p>Without moto for {@code python3} the test is skipped (an assumption, reported as skipped), as it is when {@code
 * DYNANTIC_ENDPOINT} points the tests at another server. dynalite joins when it is on the PATH or {@code npx
 * --no-install dynalite} runs; it gets no entry flagged {@code no-dynalite} (it has no transactions or Time to Live),
 * and since no list has been curated for it its differences are printed, not failed on, until the file has entries
 * for it.
 */
class DifferentialTest {
    private static final String CORPUS = "differential/corpus.txt";
    private static final String DIFFERENCES = "differential/differences.txt";
    private static final String STRICT = "dynantic.differential.strict";
    private static final String ENGINE = "engine";
    private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/"
            + "aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=0";
    private static final Pattern ARN_PLACEHOLDER = Pattern.compile("\\$\\{arn:([^}]+)}");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Per backend, how many answers had members left out as its {@code ==  <backend> *} entry says. */
    private final Map<String, Integer> ignoredCount = new LinkedHashMap<>();

    /** A server under comparison. */
    private record Backend(String name, URI endpoint) {}

    /** A difference found in this run. */
    private record Found(String backend, Entry entry, Set<String> aspects, Answer reference, Answer other) {}

    @Test
    void engineAndOtherBackendsAnswerTheCorpusAlike() throws Exception {
        List<Entry> corpus = Corpus.read(CORPUS);
        Differences listed = Differences.read(DIFFERENCES);
        assumeMotoInstalled();
        List<String> dynaliteCommand = Dynalite.command();
        if (dynaliteCommand == null) {
            System.out.println("[differential] dynalite is not installed (neither on the PATH nor through npx):"
                    + " skipped; engine against moto only");
        }
        try (LocalDynamoDb engine = LocalDynamoDb.startEngine(Engine.create());
                LocalDynamoDb moto = startMoto();
                Dynalite dynalite = dynaliteCommand == null ? null : Dynalite.start(dynaliteCommand)) {
            List<Backend> backends = new ArrayList<>();
            backends.add(new Backend(ENGINE, engine.endpoint()));
            backends.add(new Backend("moto", moto.endpoint()));
            if (dynalite != null) {
                backends.add(new Backend("dynalite", dynalite.endpoint()));
            }
            List<Found> found = run(corpus, backends, listed);
            reconcile(corpus, backends, listed, found);
        }
    }

    private static void assumeMotoInstalled() throws IOException, InterruptedException {
        String endpoint = System.getenv(LocalDynamoDb.ENDPOINT_VARIABLE);
        Assumptions.assumeTrue(
                endpoint == null || endpoint.isBlank(),
                "[differential] skipped: " + LocalDynamoDb.ENDPOINT_VARIABLE
                        + " is set, so LocalDynamoDb would not start moto");
        String python = System.getenv().getOrDefault("DYNANTIC_PYTHON", "python3");
        boolean installed;
        try {
            Process probe = new ProcessBuilder(python, "-c", "import moto.server, werkzeug")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            installed = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            installed = false; // no such interpreter
        }
        if (!installed) {
            String message =
                    "[differential] skipped: moto is not installed for " + python + " (pip install 'moto[server]')";
            System.out.println(message);
            Assumptions.abort(message);
        }
    }

    private static LocalDynamoDb startMoto() {
        String previous = System.getProperty(LocalDynamoDb.BACKEND_PROPERTY);
        System.setProperty(LocalDynamoDb.BACKEND_PROPERTY, "moto");
        try {
            return LocalDynamoDb.start();
        } finally {
            if (previous == null) {
                System.clearProperty(LocalDynamoDb.BACKEND_PROPERTY);
            } else {
                System.setProperty(LocalDynamoDb.BACKEND_PROPERTY, previous);
            }
        }
    }

    /** Sends the corpus to every backend and returns the differences from the engine's answers. */
    private List<Found> run(List<Entry> corpus, List<Backend> backends, Differences listed)
            throws IOException, InterruptedException {
        List<Found> found = new ArrayList<>();
        int agreeing = 0;
        for (Entry entry : corpus) {
            Answer reference = null;
            boolean agrees = true;
            for (Backend backend : backends) {
                if (!entry.sentTo(backend.name())) {
                    continue;
                }
                Answer answer = answer(backend, entry);
                if (reference == null) {
                    reference = answer;
                    continue;
                }
                answer = withoutIgnored(backend.name(), listed.ignored(backend.name()), reference, answer);
                Set<String> aspects = Answers.differences(entry.action(), reference, answer);
                if (!aspects.isEmpty()) {
                    found.add(new Found(backend.name(), entry, aspects, reference, answer));
                    agrees = false;
                }
            }
            agreeing += agrees ? 1 : 0;
        }
        System.out.printf(
                "[differential] %d requests, sent to %s; %d answered alike by all%n",
                corpus.size(), backends.stream().map(Backend::name).toList(), agreeing);
        return found;
    }

    /** The answer without the ignored members that the reference lacks; counted. */
    private Answer withoutIgnored(String backend, Set<String> ignored, Answer reference, Answer answer) {
        if (ignored.isEmpty()
                || answer.isError()
                || !(answer.json() instanceof Map<?, ?> map)
                || !(reference.json() instanceof Map<?, ?> referenceMap)) {
            return answer;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        map.forEach((key, value) -> members.put((String) key, value));
        boolean removed = false;
        for (String member : ignored) {
            if (!referenceMap.containsKey(member) && members.remove(member) != null) {
                removed = true;
            }
        }
        if (removed) {
            ignoredCount.merge(backend, 1, Integer::sum);
        }
        return new Answer(answer.status(), members);
    }

    /** The backend's answer to one entry; the answers of a parallel Scan's segments merged into one. */
    private Answer answer(Backend backend, Entry entry) throws IOException, InterruptedException {
        String body = withArns(backend, entry.body());
        int segments = entry.segments();
        if (segments == 0) {
            return send(backend, entry.action(), body);
        }
        List<Object> items = new ArrayList<>();
        BigDecimal count = BigDecimal.ZERO;
        BigDecimal scanned = BigDecimal.ZERO;
        for (int segment = 0; segment < segments; segment++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> request = (Map<String, Object>) Json.parse(body);
            request.put("Segment", segment);
            request.put("TotalSegments", segments);
            Answer answer = send(backend, entry.action(), Json.write(request));
            if (answer.isError() || !(answer.json() instanceof Map<?, ?> map)) {
                return answer;
            }
            if (map.get("Items") instanceof List<?> list) {
                items.addAll(list);
            }
            count = count.add((BigDecimal) map.get("Count"));
            scanned = scanned.add((BigDecimal) map.get("ScannedCount"));
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        merged.put("Items", items);
        merged.put("Count", count);
        merged.put("ScannedCount", scanned);
        return new Answer(200, merged);
    }

    /** Replaces each {@code ${arn:<table>}} by the table's ARN on this backend. */
    private String withArns(Backend backend, String body) throws IOException, InterruptedException {
        Matcher matcher = ARN_PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Answer described = send(backend, "DescribeTable", Json.write(Map.of("TableName", matcher.group(1))));
            Object arn = described.json() instanceof Map<?, ?> map && map.get("Table") instanceof Map<?, ?> table
                    ? table.get("TableArn")
                    : null;
            matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(arn)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Answer send(Backend backend, String action, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(backend.endpoint())
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + action)
                .header("X-Amz-Date", "20260101T000000Z")
                .header("Authorization", AUTHORIZATION)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return Answer.of(response.statusCode(), response.body());
    }

    /** Checks the differences found against the list, prints them all, and fails on the ones that break it. */
    private void reconcile(List<Entry> corpus, List<Backend> backends, Differences listed, List<Found> found) {
        boolean strict = Boolean.getBoolean(STRICT);
        List<String> failures = new ArrayList<>();
        Map<String, Found> byKey = new LinkedHashMap<>();
        for (Found difference : found) {
            byKey.put(Differences.key(difference.backend(), difference.entry().id()), difference);
            Listed expected =
                    listed.get(difference.backend(), difference.entry().id());
            String report = describe(difference);
            if (expected == null) {
                if (listed.curates(difference.backend())) {
                    failures.add("unlisted difference " + report);
                } else {
                    System.out.println("[differential] (no list curated for " + difference.backend() + ") " + report);
                }
            } else if (!expected.aspects().equals(difference.aspects())) {
                failures.add("listed with differs: " + String.join(", ", expected.aspects()) + ", but " + report);
            } else if (expected.section().equals(Differences.BUGS)) {
                String bug = "known engine bug " + report + "\n    why: "
                        + expected.notes().get("why");
                System.out.println("[differential] " + bug);
                if (strict) {
                    failures.add(bug);
                }
            } else {
                System.out.println("[differential] intended " + report);
            }
        }
        Set<String> ran = new java.util.HashSet<>();
        for (Backend backend : backends) {
            corpus.stream()
                    .filter(entry -> entry.sentTo(backend.name()))
                    .forEach(entry -> ran.add(Differences.key(backend.name(), entry.id())));
        }
        for (Listed expected : listed.all()) {
            String key = Differences.key(expected.backend(), expected.id());
            if (expected.id().equals("*")) {
                int count = ignoredCount.getOrDefault(expected.backend(), 0);
                boolean present = backends.stream().anyMatch(b -> b.name().equals(expected.backend()));
                if (present && count == 0) {
                    failures.add(key + " ignores " + listed.ignored(expected.backend())
                            + " but no answer had them: remove it from " + DIFFERENCES);
                } else if (present) {
                    System.out.printf(
                            "[differential] intended: %s left out of %d %s answers%n",
                            listed.ignored(expected.backend()), count, expected.backend());
                }
                continue;
            }
            if (!byKey.containsKey(key) && ran.contains(key)) {
                failures.add(key + " is listed in [" + expected.section() + "] but the answers no longer differ:"
                        + " remove it from " + DIFFERENCES);
            } else if (!byKey.containsKey(key)
                    && backends.stream().anyMatch(backend -> backend.name().equals(expected.backend()))) {
                failures.add(key + " is listed but the corpus has no such entry for it");
            }
        }
        System.out.printf(
                "[differential] %d differences: %d listed as intended, %d known engine bugs%n",
                found.size(),
                found.stream()
                        .filter(f -> isIn(listed, f, Differences.INTENDED))
                        .count(),
                found.stream().filter(f -> isIn(listed, f, Differences.BUGS)).count());
        assertThat(failures).as("differences not as listed in " + DIFFERENCES).isEmpty();
    }

    private static boolean isIn(Differences listed, Found found, String section) {
        Listed expected = listed.get(found.backend(), found.entry().id());
        return expected != null && expected.section().equals(section);
    }

    private static String describe(Found difference) {
        StringBuilder report = new StringBuilder();
        report.append(difference.backend())
                .append(' ')
                .append(difference.entry().id());
        report.append(" (").append(difference.entry().action()).append(", ").append(CORPUS);
        report.append(':').append(difference.entry().line()).append(") differs: ");
        report.append(String.join(", ", difference.aspects()));
        report.append("\n    engine: ").append(difference.reference().brief());
        report.append("\n    ")
                .append(difference.backend())
                .append(": ")
                .append(difference.other().brief());
        if (difference.aspects().contains("body")) {
            String action = difference.entry().action();
            for (String path : Answers.paths(action, difference.reference(), difference.other(), 8)) {
                report.append("\n      at ").append(path).append("  (engine / ").append(difference.backend());
                report.append(')');
            }
        }
        return report.toString();
    }
}
