package io.dynantic.it.engine;

import io.dynantic.local.json.Json;
import io.dynantic.local.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The requests of {@link DifferentialTest}, read from a resource; the format is described in the file itself. */
final class Corpus {
    /** One request: an id unique in the corpus, the action, its flags and its JSON body as written. */
    record Entry(String id, String action, Set<String> flags, String body, int line) {
        boolean sentTo(String backend) {
            return !flags.contains("no-" + backend);
        }

        /** The number of segments of a parallel Scan, or 0. */
        int segments() {
            for (String flag : flags) {
                if (flag.startsWith("segments=")) {
                    return Integer.parseInt(flag.substring("segments=".length()));
                }
            }
            return 0;
        }
    }

    private Corpus() {}

    static List<Entry> read(String resource) throws IOException {
        List<String> lines = Resources.lines(resource);
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] header = null;
        int headerLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "== end";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                if (header != null) {
                    entries.add(
                            entry(resource, header, headerLine, body.toString().trim()));
                    if (!ids.add(header[0])) {
                        throw new IllegalStateException(resource + ":" + headerLine + ": duplicate id " + header[0]);
                    }
                }
                header = line.substring(3).trim().split("\\s+");
                headerLine = i + 1;
                body.setLength(0);
            } else if (header != null) {
                body.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": text before the first entry");
            }
        }
        return entries;
    }

    private static Entry entry(String resource, String[] header, int line, String body) {
        if (header.length < 2) {
            throw new IllegalStateException(resource + ":" + line + ": expected '== <id> <Action> [flags]'");
        }
        try {
            Json.parse(body);
        } catch (JsonException e) {
            throw new IllegalStateException(resource + ":" + line + ": the body of " + header[0] + " is not JSON", e);
        }
        Set<String> flags = new LinkedHashSet<>(List.of(header).subList(2, header.length));
        return new Entry(header[0], header[1], flags, body, line);
    }

    /** Reads text resources of this package's tests. */
    static final class Resources {
        private Resources() {}

        static List<String> lines(String resource) throws IOException {
            try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("no resource " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .toList();
            }
        }
    }
}
