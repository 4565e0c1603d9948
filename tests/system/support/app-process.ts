/**
 * One production server process (lib/cli/serve.ts) on a given port and database. A system
 * stack runs one; the several-instances test runs two on one database behind nginx.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { repoRoot } from "@/lib/db/open-database";

/** The server's NEXTAUTH_SECRET: tests check that no page ever sends it. */
export const SYSTEM_TEST_SECRET = "system-test-secret";

export interface AppProcessOptions {
  port: number;
  databaseUrl: string;
  /** NEXTAUTH_URL: the address people use, the balancer's when there is one. */
  publicUrl?: string;
  env?: Record<string, string>;
  /** Where to keep what the server prints (a stack keeps one log across restarts). */
  output?: string[];
}

export class AppProcess {
  readonly base: string;
  private child: ChildProcess | null = null;
  /** Everything the server printed, for failure messages. */
  readonly output: string[];

  constructor(private readonly options: AppProcessOptions) {
    this.base = `http://localhost:${options.port}`;
    this.output = options.output ?? [];
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", "-p", String(this.options.port)], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: this.options.databaseUrl,
        NEXTAUTH_SECRET: SYSTEM_TEST_SECRET,
        NEXTAUTH_URL: this.options.publicUrl ?? this.base,
        NEXT_TELEMETRY_DISABLED: "1",
        ...this.options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.child = child;
    await this.waitUntilServing();
  }

  private async waitUntilServing(): Promise<void> {
    for (let i = 0; i < 240; i += 1) {
      if (this.child?.exitCode !== null) throw new Error(`the server exited: ${this.output.join("")}`);
      const up = await fetch(`${this.base}/sign-in`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the server did not start: ${this.output.join("")}`);
  }

  /** Sends the signal and waits for the exit; the exit code (null when killed by the signal or not running). */
  private async stopWith(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  /** `kill -9`: no shutdown hooks, no flushing, connections cut mid-request. */
  kill(): Promise<number | null> {
    return this.stopWith("SIGKILL");
  }

  /** SIGTERM: the server drains its requests in flight and exits 0. */
  stop(): Promise<number | null> {
    return this.stopWith("SIGTERM");
  }
}
