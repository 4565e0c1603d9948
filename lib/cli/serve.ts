/**
 * The production server: `next start`, plus what Next does not do.
 * - X-Forwarded-For: Next sets it from the socket only when the request has none (base-server.js:
 *   `??=`), so a client that sends its own header hides its real address from the app and picks
 *   its own throttling bucket. Here the socket's address is appended to whatever came in, as a
 *   proxy does, and the app counts trusted hops from the right (lib/http/forwarded-for.ts).
 * - One JSON log line per request (lib/observability/request-log.ts), with a request id that is
 *   also the X-Request-Id response header, and its duration in the metrics by route pattern.
 * - A graceful SIGTERM: stop accepting, let in-flight requests (and the PDF renders they wait
 *   on) finish, then exit 0; `npm start` stops PostgreSQL only after that (run-child.ts).
 *
 * Usage: tsx lib/cli/serve.ts [-p PORT]   (PORT from the environment otherwise)
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { appendPeer } from "@/lib/http/forwarded-for";
import { errorFields, logger } from "@/lib/observability/logger";
import { metrics, statusClass } from "@/lib/observability/metrics";
import { logRequests } from "@/lib/observability/request-log";
import { drainOnSignal } from "@/lib/observability/shutdown";

function portFromArgs(): number {
  const at = process.argv.indexOf("-p");
  const given = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isInteger(given) && given > 0 && given < 65536 ? given : env().PORT;
}

const repoRoot = path.resolve(import.meta.dirname, "../..");

async function main() {
  const port = portFromArgs();
  const app = next({ dev: false, dir: repoRoot, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const { requestDuration } = metrics();
  const track = logRequests({
    distDir: path.join(repoRoot, ".next"),
    trustUpstreamId: env().TRUSTED_PROXY_HOPS > 0,
    onDone: ({ method, route, status, seconds }) => requestDuration.observe({ route, method, status: statusClass(status) }, seconds),
  });
  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = appendPeer(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    track(request, response, () => void handle(request, response));
  });
  server.listen(port, () => logger().info({ event: "server.ready", port }, `ready on http://localhost:${port}`));
  drainOnSignal(server, () => app.close());
}

// A start-up failure is read by a person at a terminal: one plain line, not a JSON record.
main().catch((error: unknown) => {
  logger().fatal({ event: "server.start_failed", ...errorFields(error) }, "the server could not start");
  process.stderr.write(`preflight: the server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
