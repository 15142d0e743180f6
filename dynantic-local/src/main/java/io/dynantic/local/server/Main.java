package io.dynantic.local.server;

import io.dynantic.local.Engine;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the engine as a server: {@code java -jar dynantic-local-<version>-server.jar [--port N]} (default 8000; 0
 * picks a free port). Prints the endpoint and serves until the process is stopped.
 */
public final class Main {
    private Main() {}

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        System.err.println("--port takes a number from 0 to 65535, not " + text);
        System.exit(2);
        return -1;
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--port") && i + 1 < args.length) {
                port = port(args[++i]);
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println("usage: java -jar dynantic-local-server.jar [--port N]");
                return;
            } else {
                System.err.println("unknown argument: " + args[i] + " (usage: [--port N])");
                System.exit(2);
            }
        }
        LocalServer server = LocalServer.start(Engine.create(), port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "dynantic-local-stop"));
        System.out.println("dynantic-local: DynamoDB on " + server.endpoint());
        new CountDownLatch(1).await();
    }
}
