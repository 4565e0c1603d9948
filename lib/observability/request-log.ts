/**
 * One log line per request, written when the response is done (or the client gave up):
 * request id, method, route pattern (never the raw path: it can hold invitation tokens),
 * status, duration, and the user and organization when the app learned them.
 */
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { logger } from "./logger";
import { runWithRequestContext, type RequestContext } from "./request-context";
import { requestIdFor } from "./request-id";
import { routeMatcher, type RouteMatcher } from "./route-pattern";

export interface RequestLogOptions {
  distDir: string;
  trustUpstreamId: boolean;
  /** Called once per finished request, e.g. to observe a metric. */
  onDone?: (done: { method: string; route: string; status: number; seconds: number }) => void;
}

function loadMatcher(distDir: string): RouteMatcher {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")));
  } catch {
    return () => "(unknown)";
  }
}

/** The path of a request target; a target URL cannot parse must not throw here, in an event handler, where it would end the process. */
function pathnameOf(target: string | undefined): string {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return "(invalid)";
  }
}

export function logRequests(options: RequestLogOptions) {
  const routeOf = loadMatcher(options.distDir);
  return (request: IncomingMessage, response: ServerResponse, serve: () => void) => {
    const started = process.hrtime.bigint();
    const context: RequestContext = { requestId: requestIdFor(request.headers["x-request-id"], options.trustUpstreamId) };
    request.headers["x-request-id"] = context.requestId;
    response.setHeader("X-Request-Id", context.requestId);
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = request.method ?? "GET";
      const route = routeOf(pathnameOf(request.url));
      const status = response.statusCode;
      options.onDone?.({ method, route, status, seconds });
      const fields = {
        event: "http.request",
        reqId: context.requestId,
        method,
        route,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        userId: context.userId,
        organizationId: context.organizationId,
        ...(response.writableFinished ? {} : { aborted: true }),
      };
      const log = logger();
      if (status >= 500) log.error(fields, "request");
      else log.info(fields, "request");
    });
    runWithRequestContext(context, serve);
  };
}
