package io.dynantic.it.engine;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** dynalite (the Node.js DynamoDB emulator), when it is installed: on the PATH or through {@code npx --no-install}. */
final class Dynalite implements AutoCloseable {
    private final Process process;
    private final URI endpoint;

    private Dynalite(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    URI endpoint() {
        return endpoint;
    }

    /** The command that runs dynalite here, or null when it is absent. */
    static List<String> command() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "dynalite");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return List.of(candidate.toString());
                }
            }
        }
        List<String> npx = List.of("npx", "--no-install", "dynalite");
        List<String> help = new ArrayList<>(npx);
        help.add("--help");
        try {
            Process probe = new ProcessBuilder(help)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!probe.waitFor(30, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return null;
            }
            return probe.exitValue() == 0 ? npx : null;
        } catch (IOException e) {
            return null; // no npx
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Starts dynalite in memory on a free loopback port and waits until it listens. */
    static Dynalite start(List<String> command) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--port", Integer.toString(port)));
        Process process = new ProcessBuilder(args)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Dynalite dynalite = new Dynalite(process, URI.create("http://127.0.0.1:" + port));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return dynalite;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        dynalite.close();
        throw new IOException("dynalite did not start on port " + port);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }
}
