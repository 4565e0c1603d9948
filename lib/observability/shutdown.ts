/**
 * SIGTERM/SIGINT: stop accepting connections, let the requests in flight finish (a PDF export
 * waits for its render threads inside its request), close idle keep-alive connections, close
 * Next, exit 0. Requests still running after the timeout are cut and the exit code is 1, so
 * an orchestrator's kill after its own grace period is never needed to stop us.
 */
import type { Server } from "node:http";
import net from "node:net";
import { logger } from "./logger";

export const SHUTDOWN_TIMEOUT_MS = 25_000;

export function drainOnSignal(server: Server, closeApp: () => Promise<void>, timeoutMs = SHUTDOWN_TIMEOUT_MS): void {
  let inFlight = 0;
  let stopping = false;
  const closeIdle = () => setImmediate(() => server.closeIdleConnections());
  server.on("request", (_request, response) => {
    inFlight += 1;
    // Served during the drain: the client is told to open its next connection elsewhere.
    if (stopping) response.shouldKeepAlive = false;
    response.once("close", () => {
      inFlight -= 1;
      if (stopping && inFlight === 0) closeIdle();
    });
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger().info({ event: "server.stopping", signal, inFlight }, "stopping: draining requests in flight");
    const timer = setTimeout(() => {
      logger().error(
        { event: "server.drain_timeout", inFlight, timeoutMs },
        "requests still in flight at the shutdown timeout; cutting them",
      );
      server.closeAllConnections();
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    // net.Server's close, not http.Server's: that one also closes every connection it deems
    // idle at once, among them keep-alive connections whose next request has arrived but not
    // yet been parsed (the event loop is busy), and those clients would see "socket closed".
    // Idle connections are closed once the last request in flight is answered.
    net.Server.prototype.close.call(server, () => {
      void closeApp()
        .catch(() => undefined)
        .finally(() => {
          logger().info({ event: "server.stopped" }, "stopped");
          process.exit(0);
        });
    });
    if (inFlight === 0) closeIdle();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
