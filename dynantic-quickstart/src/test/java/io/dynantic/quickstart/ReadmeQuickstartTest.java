package io.dynantic.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's Quick start and the consumer project in {@code src/it/quickstart} are one: each code
 * block marked {@code <!-- quickstart: path -->} equals that file byte for byte, and every file of
 * the project (except the invoker's own) has its block. The invoker builds the project itself.
 */
class ReadmeQuickstartTest {
    private static final Pattern MARKER = Pattern.compile("<!-- quickstart: (\\S+) -->");
    private static final Pattern MARKED_BLOCK = Pattern.compile(
            "^<!-- quickstart: (\\S+) -->\\n```[a-z]*\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
    /** Files of the consumer project that drive the invoker and are not part of the README. */
    private static final Set<String> INVOKER_FILES = Set.of("verify.groovy", "invoker.properties");

    private static Path readme;
    private static Path project;
    private static String text;
    private static String quickStart;

    @BeforeAll
    static void read() throws IOException {
        readme = Path.of(System.getProperty("quickstart.readme", "../README.md"));
        project = Path.of(System.getProperty("quickstart.project", "src/it/quickstart"));
        text = Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n");
        quickStart = section(text, "## Quick start");
    }

    @Test
    void everyMarkedBlockEqualsItsFileInTheConsumerProject() throws IOException {
        Map<String, String> blocks = markedBlocks();
        assertThat(blocks).as("marked blocks in the Quick start").isNotEmpty();
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            Path file = project.resolve(block.getKey());
            assertThat(file).as("file of the README block %s", block.getKey()).isRegularFile();
            assertThat(block.getValue())
                    .as("README block %s against %s", block.getKey(), file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyFileOfTheConsumerProjectIsInTheReadme() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(project)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> project.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !INVOKER_FILES.contains(p) && !p.startsWith("target/") && !p.equals("build.log"))
                    .forEach(files::add);
        }
        assertThat(new TreeSet<>(markedBlocks().keySet())).isEqualTo(files);
    }

    @Test
    void markersAreOnlyInTheQuickStartAndEachIntroducesABlock() {
        assertThat(count(MARKER, text)).as("markers in the whole README").isEqualTo(count(MARKER, quickStart));
        assertThat(markedBlocks()).hasSize(count(MARKER, quickStart));
    }

    @Test
    void theConsumerPomUsesTheVersionsOfThisBuild() throws IOException {
        String pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(property(pom, "dynantic.version")).isEqualTo(System.getProperty("quickstart.dynanticVersion"));
        assertThat(property(pom, "junit.version")).isEqualTo(System.getProperty("quickstart.junitVersion"));
        for (String artifact : List.of("hibernate-validator", "expressly", "slf4j-simple")) {
            Matcher m = Pattern.compile("<artifactId>" + artifact + "</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(m.find())
                    .as("version of %s in the consumer pom", artifact)
                    .isTrue();
            assertThat(m.group(1))
                    .as("version of %s in the consumer pom", artifact)
                    .isEqualTo(System.getProperty("quickstart.version." + artifact));
        }
    }

    @Test
    void theReadmeRefersToNoFileOutsideTheRepository() {
        Path root = readme.toAbsolutePath().getParent();
        List<String> missing = new ArrayList<>();
        Matcher link = Pattern.compile("\\]\\(([^)\\s#]+)[^)]*\\)").matcher(text);
        while (link.find()) {
            String target = link.group(1);
            if (!target.matches("[a-z]+:.*") && !Files.exists(root.resolve(target))) {
                missing.add(target);
            }
        }
        Matcher quoted = Pattern.compile("`([\\w./-]+\\.md)`").matcher(text);
        while (quoted.find()) {
            if (!Files.exists(root.resolve(quoted.group(1)))) {
                missing.add(quoted.group(1));
            }
        }
        assertThat(missing)
                .as("paths the README names that are not in the repository")
                .isEmpty();
    }

    private static Map<String, String> markedBlocks() {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = MARKED_BLOCK.matcher(quickStart);
        while (m.find()) {
            assertThat(blocks.put(m.group(1), m.group(2)))
                    .as("second block for %s", m.group(1))
                    .isNull();
        }
        return blocks;
    }

    /** The text from the heading line to the next heading of the same level (or the end). */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertThat(start).as("README heading %s", heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start + 1, end < 0 ? markdown.length() : end + 1);
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
        assertThat(m.find()).as("property %s in the consumer pom", name).isTrue();
        return m.group(1);
    }

    private static int count(Pattern pattern, String in) {
        return (int) pattern.matcher(in).results().count();
    }
}
