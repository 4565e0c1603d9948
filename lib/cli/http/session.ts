/**
 * A signed-in HTTP client that speaks to the production server as a browser would: cookies,
 * the next-auth credentials flow, JSON route handlers and server actions. Used by the
 * benchmarks and by the system tests, which attack, load and crash a real server.
 */
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

interface RequestOptions {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  /** To give up on a server that does not answer (e.g. `AbortSignal.timeout(ms)`). */
  signal?: AbortSignal;
}

export interface ActionResult {
  status: number;
  /** The action's return value, when the response carried one (none when it redirected). */
  value: unknown;
  /**
   * Where the action sent the browser with `redirect()`: Next answers 200 with an
   * `x-action-redirect: <path>;<push|replace>` header and the target page's payload as the body.
   */
  redirectTo?: string;
  text: string;
}

export class Session {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }

  /** Sets a cookie as if the server had, e.g. a forged session token. */
  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** The value of one cookie the server set, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  cookieHeader(): string {
    return [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(method: string, target: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...options.headers };
    let body = options.body;
    if (options.json !== undefined) {
      headers["content-type"] ??= "application/json";
      body = JSON.stringify(options.json);
    }
    // Browsers send Origin on every non-GET request; the server refuses writes without a matching one.
    if (method !== "GET" && method !== "HEAD") headers.origin ??= this.base;
    const response = await fetch(`${this.base}${target}`, { method, headers, body, redirect: "manual", signal: options.signal });
    this.remember(response);
    return response;
  }

  get(target: string, headers?: Record<string, string>): Promise<Response> {
    return this.request("GET", target, { headers });
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = (await (await this.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await this.request("POST", "/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
    });
    if (![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed (${response.status})`);
  }

  /**
   * Calls a server action the way React's client does: `Next-Action` header and the arguments
   * encoded with React's own `encodeReply`. `useActionState` actions receive (previous state, form data).
   */
  async callAction(actionId: string, pagePath: string, args: unknown[]): Promise<ActionResult> {
    const body = await encodeReply(args);
    const response = await this.request("POST", pagePath, {
      headers: { "next-action": actionId, accept: "text/x-component" },
      body: typeof body === "string" ? body : (body as FormData),
    });
    const text = await response.text();
    const redirectTo = response.headers.get("x-action-redirect")?.replace(/;(push|replace)$/, "");
    // A redirect's body is the target page, not the action's answer: its rows are not a return value.
    if (redirectTo !== undefined) return { status: response.status, value: undefined, redirectTo, text };
    return { status: response.status, value: actionValue(text), text };
  }
}

type EncodeReply = (value: unknown) => Promise<string | FormData>;

function encodeReply(value: unknown): Promise<string | FormData> {
  const client = require(path.join(process.cwd(), "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js")) as {
    encodeReply: EncodeReply;
  };
  return client.encodeReply(value);
}

/** The action's return value from an RSC response: the first row whose JSON object has `ok`. */
function actionValue(flight: string): unknown {
  for (const line of flight.split("\n")) {
    const match = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!match) continue;
    try {
      const row = JSON.parse(match[1]!) as Record<string, unknown>;
      if ("ok" in row) return row;
    } catch {
      // Not a JSON row (a module or text chunk).
    }
  }
  return undefined;
}
