/**
 * SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish (a PDF export
 * waits for its render threads inside its request), close idle keep-alive connections, close
 * Next, exit 0. Requests still running after the timeout are cut and the exit code is 1, so
 * an orchestrator's kill after its own grace period is never needed to stop us.
 */
import type { Server } from "node:http";
import { logger } from "./logger";

export const SHUTDOWN_TIMEOUT_MS = 25_000;

export function drainOnSignal(server: Server, closeApp: () => Promise<void>, timeoutMs = SHUTDOWN_TIMEOUT_MS): void {
  let inFlight = 0;
  let stopping = false;
  server.on("request", (_request, response) => {
    inFlight += 1;
    response.once("close", () => {
      inFlight -= 1;
      // A keep-alive connection would otherwise stay open after its last answer.
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger().info({ event: "server.stopping", signal, inFlight }, "stopping: draining requests in flight");
    const timer = setTimeout(() => {
      logger().error({ event: "server.drain_timeout", inFlight, timeoutMs }, "requests still in flight at the shutdown timeout; cutting them");
      server.closeAllConnections();
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    server.close(() => {
      void closeApp()
        .catch(() => undefined)
        .finally(() => {
          logger().info({ event: "server.stopped" }, "stopped");
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
