package io.dynantic.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDynamoDbTest {

    @Test
    void theEngineIsTheDefaultBackendAndServesHttpOnDemand() {
        try (LocalDynamoDb db = LocalDynamoDb.startEngine(io.dynantic.local.Engine.create())) {
            assertThat(db.engine()).isNotNull();
            assertThat(db.pid()).isEmpty();
            db.client()
                    .createTable(r -> r.tableName("things")
                            .billingMode("PAY_PER_REQUEST")
                            .keySchema(k -> k.attributeName("id").keyType("HASH"))
                            .attributeDefinitions(a -> a.attributeName("id").attributeType("S")));
            assertThat(db.endpoint().getHost()).isEqualTo("127.0.0.1");
            try (var overHttp = software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
                    .endpointOverride(db.endpoint())
                    .region(software.amazon.awssdk.regions.Region.US_EAST_1)
                    .credentialsProvider(software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider.create())
                    .build()) {
                assertThat(overHttp.listTables().tableNames()).containsExactly("things");
            }
        }
    }

    @Test
    void aClosedInstanceStartsNothingMore() {
        LocalDynamoDb db = LocalDynamoDb.startEngine(io.dynantic.local.Engine.create());
        db.close();
        db.close(); // a second close does nothing
        assertThatThrownBy(db::endpoint)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("LocalDynamoDb[dynantic-local engine, in-process] is closed");
        assertThatThrownBy(db::asyncClient).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void startsMotoOnLoopbackAndStopsItByItsPid() {
        assumeTrue(motoInstalled(), "moto is not installed for python3: this test of the moto backend is skipped");
        long pid;
        try (LocalDynamoDb db = LocalDynamoDb.startMoto("python3")) {
            assertThat(db.endpoint().getHost()).isEqualTo("127.0.0.1");
            assertThat(db.client().listTables().tableNames()).isEmpty();
            pid = db.pid().orElseThrow();
            assertThat(ProcessHandle.of(pid))
                    .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    @Test
    void theSharedServerIsOneProcess() {
        assertThat(LocalDynamoDb.shared()).isSameAs(LocalDynamoDb.shared());
        assertThat(LocalDynamoDb.shared().client().listTables()).isNotNull();
    }

    @Test
    void missingMotoIsReportedWithWhatToInstall(@TempDir Path dir) throws IOException {
        // A stand-in interpreter that behaves like python3 without moto installed.
        Path fake = dir.resolve("python-without-moto");
        Files.writeString(fake, "#!/bin/sh\necho 'DYNANTIC-NO-MOTO: No module named moto' >&2\nexit 3\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() -> LocalDynamoDb.startMoto(fake.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("moto is not installed for " + fake
                        + ": run pip install 'moto[server]' (or set DYNANTIC_ENDPOINT to a running"
                        + " DynamoDB-compatible server)");
    }

    @Test
    void missingPythonIsReportedWithWhatToInstall() {
        assertThatThrownBy(() -> LocalDynamoDb.startMoto("no-such-python-here"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no-such-python-here is not on the PATH: install Python 3 and run pip install"
                        + " 'moto[server]', or set DYNANTIC_ENDPOINT to a running DynamoDB-compatible server");
    }

    private static boolean motoInstalled() {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import moto.server, werkzeug")
                    .redirectErrorStream(true)
                    .start();
            check.getInputStream().readAllBytes();
            return check.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
