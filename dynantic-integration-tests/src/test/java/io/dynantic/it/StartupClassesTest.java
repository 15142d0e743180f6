package io.dynantic.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.dynantic.Dynantic;
import io.dynantic.it.model.User;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What a model's first table loads in a fresh JVM, when the processor generated its schema: no annotation class of
 * the library but {@code @EnumValue} (read from enum constants), no reflective reader, no built-in scalar type
 * the model does not store, and no Bean Validation provider (started by the first check, not by the table). The cold start's budget rests on this (see the README's Benchmarks); the JVM's own
 * class-load log is the witness, so nothing here is timed.
 */
class StartupClassesTest {

    /** Runs in the fresh JVM: the first table of {@link User}, which stores no Year, UUID or OffsetDateTime. */
    public static final class Probe {
        public static void main(String[] args) {
            DynamoDbClient client = DynamoDbClient.builder()
                    .endpointOverride(URI.create("http://127.0.0.1:9"))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(AnonymousCredentialsProvider.create())
                    .build();
            // Bean Validation is on the class path (Hibernate Validator): its provider starts at the first check.
            System.out.println(
                    "table " + Dynantic.create(client).table(User.class).tableName());
        }
    }

    @Test
    void aGeneratedSchemaLoadsOnlyWhatTheModelUses() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(
                        java,
                        "-Xlog:class+load=info:stdout",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Probe.class.getName())
                .redirectErrorStream(true)
                .start();
        String log;
        try (InputStream out = process.getInputStream()) {
            log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("table users", " io.dynantic.it.model.User_Schema ");
        List<String> loaded = log.lines()
                .filter(line -> line.contains("[class,load]"))
                .map(line -> line.replaceFirst(".*\\[class,load\\] (\\S+).*", "$1"))
                .toList();
        assertThat(loaded)
                .filteredOn(name -> name.startsWith("io.dynantic.annotation."))
                .containsExactly("io.dynantic.annotation.EnumValue");
        assertThat(loaded).noneMatch(name -> name.startsWith("org.hibernate.validator."));
        assertThat(loaded)
                .doesNotContain(
                        "io.dynantic.internal.schema.ReflectiveSchema",
                        "java.time.Year",
                        "java.time.YearMonth",
                        "java.time.OffsetDateTime",
                        "java.util.UUID");
    }
}
