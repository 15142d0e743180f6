package io.dynantic.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks of the performance budget in one JMH run and writes their table into the README, between the
 * lines {@code <!-- budget:start -->} and {@code <!-- budget:end -->}:
 *
 * <pre>
 * java -cp dynantic-benchmarks/target/benchmarks.jar io.dynantic.benchmarks.BudgetTable README.md
 * </pre>
 *
 * Each row has hand-written SDK code, Dynantic and the Enhanced Client side by side, Dynantic's throughput as a share
 * of the hand-written one's, its bytes allocated per call against the hand-written ones, and the target.
 *
 * <p>The forks of a benchmark class run in rounds: each round runs one fork of each of its benchmarks, in the order
 * of the round before reversed. A figure is the median of the measurement iterations of all its forks (the mean of
 * the middle two for an even number), its bytes the median of its forks'. This machine runs memory-bound code in
 * one of two speeds, about 1.8x apart, switching every few seconds to minutes; rounds make every column feel a
 * change alike, and the median keeps the iterations caught in a slow spell from moving the figure.
 */
public final class BudgetTable {
    private static final String START = "<!-- budget:start -->";
    private static final String END = "<!-- budget:end -->";

    private BudgetTable() {}

    /** A measured benchmark: its score (time per call) and bytes allocated per call. */
    private record Measure(double score, String unit, double bytes) {}

    /** One fork: the scores of its measurement iterations and the bytes allocated per call. */
    private record ForkResult(List<Double> iterations, String unit, double bytes) {}

    /** One row: the benchmark methods' name stem in each class, how to name the three columns, and the target. */
    private record Row(String label, String handWritten, String dynantic, String enhanced, String target) {}

    private static final Row[] ROWS = {
        new Row(
                "cold start: first schema + first conversion, fresh JVM",
                "ColdStartBenchmark.handWritten",
                "ColdStartBenchmark.dynantic",
                "ColdStartBenchmark.enhancedClient",
                "<= 40 ms and <= 0.3x Enhanced"),
        new Row(
                "the same, models compiled without the processor (reflection)",
                "ColdStartBenchmark.handWritten",
                "ColdStartBenchmark.dynanticReflection",
                "ColdStartBenchmark.enhancedClient",
                ""),
        new Row(
                "UpdateItem of 10 attributes, call to request (stub client)",
                "UpdateBenchmark.handWritten",
                "UpdateBenchmark.dynantic",
                "UpdateBenchmark.enhancedClient",
                ">= 0.9x hand"),
        new Row(
                "get, whole call (SDK on a canned HTTP stub)",
                "CallBenchmark.getHandWritten",
                "CallBenchmark.getDynantic",
                "CallBenchmark.getEnhanced",
                ">= 0.97x hand"),
        new Row(
                "put, whole call",
                "CallBenchmark.putHandWritten",
                "CallBenchmark.putDynantic",
                "CallBenchmark.putEnhanced",
                ">= 0.97x hand"),
        new Row(
                "query, a page of 100 items, whole call",
                "CallBenchmark.queryHandWritten",
                "CallBenchmark.queryDynantic",
                "CallBenchmark.queryEnhanced",
                ">= 0.97x hand"),
        new Row(
                "update of 10 attributes, whole call",
                "CallBenchmark.updateHandWritten",
                "CallBenchmark.updateDynantic",
                "CallBenchmark.updateEnhanced",
                ">= 0.95x hand"),
    };

    /** A benchmark class of the budget and how many forks each of its benchmarks gets. */
    private record Group(String benchmarkClass, int forks) {}

    private static final Group[] GROUPS = {
        new Group("ColdStartBenchmark", 20), new Group("UpdateBenchmark", 6), new Group("CallBenchmark", 2),
    };

    public static void main(String[] args) throws RunnerException, IOException {
        Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
        Map<String, List<ForkResult>> forks = new HashMap<>();
        for (Group group : GROUPS) {
            List<String> benchmarks = benchmarks(group);
            for (int round = 0; round < group.forks(); round++) {
                for (String benchmark : benchmarks) {
                    forks.computeIfAbsent(benchmark, b -> new ArrayList<>()).add(fork(benchmark));
                }
                Collections.reverse(benchmarks);
            }
        }
        Map<String, Measure> measures = new HashMap<>();
        forks.forEach((benchmark, measured) -> measures.put(benchmark, median(measured)));
        String table = table(measures);
        System.out.println(table);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(readme + " has no " + START + " ... " + END + " section");
        }
        Files.writeString(
                readme,
                text.substring(0, start + START.length()) + "\n" + table + text.substring(end),
                StandardCharsets.UTF_8);
    }

    /** The benchmarks of the group's class that the rows name ({@code UpdateBenchmark.dynantic}), in row order. */
    private static List<String> benchmarks(Group group) {
        Set<String> out = new LinkedHashSet<>();
        for (Row row : ROWS) {
            for (String benchmark : List.of(row.handWritten(), row.dynantic(), row.enhanced())) {
                if (benchmark.startsWith(group.benchmarkClass() + ".")) {
                    out.add(benchmark);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** One fork of the benchmark, with the rest of its settings (and JVM options) from its annotations. */
    private static ForkResult fork(String benchmark) throws RunnerException {
        RunResult run = new Runner(new OptionsBuilder()
                        .include("io\\.dynantic\\.benchmarks\\." + benchmark.replace(".", "\\.") + "$")
                        .forks(1)
                        .addProfiler(GCProfiler.class)
                        .build())
                .runSingle();
        Result<?> bytes = run.getSecondaryResults().get("gc.alloc.rate.norm");
        List<Double> iterations = new ArrayList<>();
        for (BenchmarkResult result : run.getBenchmarkResults()) {
            for (IterationResult iteration : result.getIterationResults()) {
                iterations.add(iteration.getPrimaryResult().getScore());
            }
        }
        return new ForkResult(
                iterations, run.getPrimaryResult().getScoreUnit(), bytes == null ? Double.NaN : bytes.getScore());
    }

    /** The median of the forks' iterations, and the median of their bytes. */
    private static Measure median(List<ForkResult> forks) {
        double[] scores = forks.stream()
                .flatMap(fork -> fork.iterations().stream())
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        double[] bytes = forks.stream().mapToDouble(ForkResult::bytes).sorted().toArray();
        return new Measure(median(scores), forks.get(0).unit(), median(bytes));
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String table(Map<String, Measure> measures) {
        StringBuilder out = new StringBuilder()
                .append("| | hand-written SDK code | Dynantic | Enhanced Client | Dynantic's throughput vs hand |")
                .append(" Dynantic's bytes vs hand | target |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Row row : ROWS) {
            Measure hand = measures.get(row.handWritten());
            Measure dynantic = measures.get(row.dynantic());
            Measure enhanced = measures.get(row.enhanced());
            if (hand == null || dynantic == null || enhanced == null) {
                continue;
            }
            out.append("| ")
                    .append(row.label())
                    .append(" | ")
                    .append(cell(hand))
                    .append(" | ")
                    .append(cell(dynantic))
                    .append(" | ")
                    .append(cell(enhanced))
                    .append(" | ")
                    .append(String.format("%.2fx", hand.score() / dynantic.score()))
                    .append(" | ")
                    .append(Double.isNaN(hand.bytes()) ? "" : String.format("%.2fx", dynantic.bytes() / hand.bytes()))
                    .append(" | ")
                    .append(row.target())
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(Measure measure) {
        String time = String.format("%.2f %s", measure.score(), measure.unit().replace("/op", ""));
        return Double.isNaN(measure.bytes()) ? time : time + String.format(", %,.0f B", measure.bytes());
    }
}
