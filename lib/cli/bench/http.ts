/** A minimal signed-in HTTP client and timing helpers for the page benchmarks. */
import { gzipSync } from "node:zlib";

export class Session {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      this.cookies.set(name!.trim(), value.join("="));
    }
  }

  async get(path: string): Promise<Response> {
    const response = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    this.remember(response);
    return response;
  }

  cookieHeader(): string {
    return [...this.cookies.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async signIn(email: string, password: string): Promise<void> {
    const csrf = (await (await this.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader() },
      body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
      redirect: "manual",
    });
    this.remember(response);
    if (![...this.cookies.keys()].some((k) => k.endsWith("session-token"))) throw new Error(`sign-in failed (${response.status})`);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `count` sequential GETs after `warmup` untimed ones; fails loudly on a non-200. */
export async function timeGets(session: Session, path: string, count: number, warmup = 5) {
  for (let i = 0; i < warmup; i += 1) await (await session.get(path)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await session.get(path);
    await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Gzipped size of every script the page's HTML loads: what a first visit downloads. */
export async function firstLoadJs(session: Session, base: string, path: string): Promise<number> {
  const html = await (await session.get(path)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let total = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    total += gzipSync(body).length;
  }
  return total;
}
