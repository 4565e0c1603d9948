/**
 * The production server: `next start`, plus one thing Next does not do. Next sets
 * X-Forwarded-For from the socket only when the request has none (base-server.js: `??=`), so
 * a client that sends its own header hides its real address from the app and picks its own
 * throttling bucket. Here the socket's address is appended to whatever came in, as a proxy
 * does, and the app counts trusted hops from the right (lib/http/forwarded-for.ts).
 *
 * Usage: tsx lib/cli/serve.ts [-p PORT]   (PORT from the environment otherwise)
 */
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { appendPeer } from "@/lib/http/forwarded-for";

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
  const server = createServer((request, response) => {
    request.headers["x-forwarded-for"] = appendPeer(request.headers["x-forwarded-for"], request.socket.remoteAddress);
    void handle(request, response);
  });
  server.listen(port, () => console.log(`preflight: ready on http://localhost:${port}`));
  // Like `next start`: stop accepting, let Next finish, exit.
  const stop = () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

void main();
