import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CENSORED, createLogger } from "@/lib/observability/logger";
import { runWithRequestContext } from "@/lib/observability/request-context";

/** A logger writing into an array of parsed JSON lines. */
function capture(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger(level, sink), lines };
}

describe("the logger", () => {
  it("censors passwords, tokens, cookies and assessment content at the top level and nested", () => {
    const { log, lines } = capture();
    log.info(
      {
        password: "hunter2-password",
        token: "invite-token-123",
        answers: { securityControls: "our firewall is off" },
        req: { headers: { cookie: "next-auth.session-token=abc", authorization: "Bearer metrics-secret", "set-cookie": "x=1" } },
        form: { newPassword: "another-secret", csrfToken: "csrf-1", scores: { a: 1 } },
        route: "/api/health",
      },
      "a request",
    );
    const text = JSON.stringify(lines);
    for (const secret of [
      "hunter2-password",
      "invite-token-123",
      "firewall",
      "session-token=abc",
      "metrics-secret",
      "another-secret",
      "csrf-1",
      "x=1",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ password: CENSORED, token: CENSORED, answers: CENSORED, route: "/api/health", msg: "a request" });
    expect(lines[0]!.req).toEqual({ headers: { cookie: CENSORED, authorization: CENSORED, "set-cookie": CENSORED } });
  });

  it("writes one JSON line with time, a level name and the request id of the request it runs in", () => {
    const { log, lines } = capture();
    runWithRequestContext({ requestId: "req-1234567" }, () => log.warn({ event: "x" }, "inside"));
    log.info("outside");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "warn", reqId: "req-1234567", event: "x", msg: "inside" });
    expect(typeof lines[0]!.time).toBe("string");
    expect(lines[1]!.reqId).toBeUndefined();
  });

  it("leaves out lines below its level", () => {
    const { log, lines } = capture("warn");
    log.info("quiet");
    log.error("loud");
    expect(lines.map((line) => line.msg)).toEqual(["loud"]);
  });
});
