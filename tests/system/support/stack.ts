/**
 * A production server (lib/cli/serve.ts: `next start` with an honest X-Forwarded-For) on its own fresh embedded PostgreSQL, for tests that
 * attack it, load it, kill it or restart its database. It never uses DATABASE_URL: these
 * tests stop and start the database, which only an embedded cluster allows.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { dataDir, repoRoot } from "@/lib/db/open-database";

export interface StackOptions {
  name: string;
  appPort: number;
  pgPort: number;
  /** Seed the demo organizations and accounts. */
  demo?: boolean;
  /** More environment for the server, e.g. TRUSTED_PROXY_HOPS. */
  env?: Record<string, string>;
}

/** The server's NEXTAUTH_SECRET: tests check that no page ever sends it. */
export const SYSTEM_TEST_SECRET = "system-test-secret";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

export class SystemStack {
  readonly base: string;
  private app: ChildProcess | null = null;
  private postgres: RunningPostgres | null = null;
  private client: Db | null = null;
  databaseUrl = "";
  /** Everything the server printed, for failure messages. */
  output: string[] = [];

  private constructor(private readonly options: StackOptions) {
    this.base = `http://localhost:${options.appPort}`;
  }

  static async start(options: StackOptions): Promise<SystemStack> {
    const stack = new SystemStack(options);
    await stack.startPostgres(true);
    await migrate(stack.databaseUrl, path.join(repoRoot, "prisma", "migrations"));
    if (options.demo) {
      const seed = spawnSync(bin("tsx"), ["--conditions=react-server", "lib/cli/seed.ts"], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: stack.databaseUrl },
        encoding: "utf8",
      });
      if (seed.status !== 0) throw new Error(`seeding failed: ${seed.stderr}`);
    }
    await stack.startApp();
    return stack;
  }

  /** A Prisma client of the test's own, to check what the server stored. */
  get db(): Db {
    this.client ??= createPrismaClient(this.databaseUrl);
    return this.client;
  }

  async startPostgres(fresh = false): Promise<void> {
    this.postgres = await startEmbeddedPostgres({ dataDir: dataDir(), clusterName: this.options.name, port: this.options.pgPort, fresh });
    this.databaseUrl = this.postgres.url;
  }

  async stopPostgres(): Promise<void> {
    await this.client?.$disconnect();
    this.client = null;
    await this.postgres?.stop();
    this.postgres = null;
  }

  async startApp(): Promise<void> {
    const child = spawn(process.execPath, ["--import", "tsx", "lib/cli/serve.ts", "-p", String(this.options.appPort)], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: this.databaseUrl,
        NEXTAUTH_SECRET: SYSTEM_TEST_SECRET,
        NEXTAUTH_URL: this.base,
        NEXT_TELEMETRY_DISABLED: "1",
        ...this.options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.app = child;
    await this.waitUntilServing();
  }

  private async waitUntilServing(): Promise<void> {
    for (let i = 0; i < 240; i += 1) {
      if (this.app?.exitCode !== null) throw new Error(`the server exited: ${this.output.join("")}`);
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
  private async stopAppWith(signal: NodeJS.Signals): Promise<number | null> {
    const child = this.app;
    this.app = null;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    child.kill(signal);
    return exited;
  }

  /** `kill -9`: no shutdown hooks, no flushing, connections cut mid-request. */
  killApp(): Promise<number | null> {
    return this.stopAppWith("SIGKILL");
  }

  /** SIGTERM: the server drains its requests in flight and exits 0. */
  stopApp(): Promise<number | null> {
    return this.stopAppWith("SIGTERM");
  }

  async close(): Promise<void> {
    await this.stopApp();
    await this.stopPostgres();
  }
}
