package io.dynantic.it.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences {@link DifferentialTest} expects between the engine and another backend, read from a resource:
 * sections {@code [intended]} and {@code [known engine bugs (to fix)]}, each a list of entries
 *
 * <pre>
 * == &lt;backend&gt; &lt;corpus id&gt;
 * differs: &lt;aspects: status, type, message, body&gt;
 * why: ...
 * source: ...
 * </pre>
 *
 * <p>Other {@code key: value} lines are free text; indented lines continue the previous value. Intended entries must
 * say {@code why} and give a {@code source}.
 */
final class Differences {
    static final String INTENDED = "intended";
    static final String BUGS = "known engine bugs (to fix)";

    /** One listed difference. */
    record Listed(String section, String backend, String id, Set<String> aspects, Map<String, String> notes) {}

    private final Map<String, Listed> byKey;

    private Differences(Map<String, Listed> byKey) {
        this.byKey = byKey;
    }

    static String key(String backend, String id) {
        return backend + " " + id;
    }

    Listed get(String backend, String id) {
        return byKey.get(key(backend, id));
    }

    List<Listed> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * The members of the backend's answers that an entry {@code == <backend> *} lists as {@code ignores}: members
     * the backend adds to every answer that DynamoDB sends only on request, left out when the engine's answer lacks
     * them.
     */
    Set<String> ignored(String backend) {
        Listed all = get(backend, "*");
        return all == null || !all.notes().containsKey("ignores")
                ? Set.of()
                : new TreeSet<>(List.of(all.notes().get("ignores").split("[,\\s]+")));
    }

    boolean curates(String backend) {
        return byKey.values().stream().anyMatch(listed -> listed.backend().equals(backend));
    }

    static Differences read(String resource) throws IOException {
        List<String> lines = Corpus.Resources.lines(resource);
        Map<String, Listed> byKey = new LinkedHashMap<>();
        String section = null;
        String[] header = null;
        Map<String, String> notes = new LinkedHashMap<>();
        String lastKey = null;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "[end]";
            String where = resource + ":" + (i + 1) + ": ";
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            boolean sectionLine = line.startsWith("[") && line.endsWith("]");
            if (sectionLine || line.startsWith("== ")) {
                if (header != null) {
                    Listed listed = listed(where, section, header, notes);
                    if (byKey.put(key(listed.backend(), listed.id()), listed) != null) {
                        throw new IllegalStateException(where + "listed twice: " + key(header[0], header[1]));
                    }
                }
                header = null;
                notes = new LinkedHashMap<>();
                lastKey = null;
            }
            if (sectionLine) {
                section = line.substring(1, line.length() - 1).trim();
                if (!section.equals(INTENDED) && !section.equals(BUGS) && !section.equals("end")) {
                    throw new IllegalStateException(where + "unknown section [" + section + "]");
                }
            } else if (line.startsWith("== ")) {
                header = line.substring(3).trim().split("\\s+");
                if (header.length != 2 || section == null) {
                    throw new IllegalStateException(where + "expected '== <backend> <id>' inside a section");
                }
            } else if (header != null && Character.isWhitespace(line.charAt(0)) && lastKey != null) {
                notes.put(lastKey, notes.get(lastKey) + " " + line.trim());
            } else if (header != null && line.indexOf(':') > 0) {
                lastKey = line.substring(0, line.indexOf(':')).trim();
                notes.put(lastKey, line.substring(line.indexOf(':') + 1).trim());
            } else {
                throw new IllegalStateException(where + "unexpected line: " + line);
            }
        }
        return new Differences(byKey);
    }

    private static Listed listed(String where, String section, String[] header, Map<String, String> notes) {
        String differs = notes.get("differs");
        if (differs == null) {
            throw new IllegalStateException(where + key(header[0], header[1]) + " does not say what differs");
        }
        Set<String> aspects = new TreeSet<>(List.of(differs.split("[,\\s]+")));
        if (!Answers.ASPECTS.containsAll(aspects)) {
            throw new IllegalStateException(where + "aspects are " + Answers.ASPECTS + ", not " + aspects);
        }
        if (!notes.containsKey("why") || (section.equals(INTENDED) && !notes.containsKey("source"))) {
            throw new IllegalStateException(
                    where + key(header[0], header[1]) + " needs why" + (section.equals(INTENDED) ? " and source" : ""));
        }
        return new Listed(section, header[0], header[1], aspects, Map.copyOf(notes));
    }
}
