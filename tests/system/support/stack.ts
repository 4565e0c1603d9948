/**
 * A production server (lib/cli/serve.ts: `next start` with an honest X-Forwarded-For) on its own fresh embedded PostgreSQL, for tests that
 * attack it, load it, kill it or restart its database. It never uses DATABASE_URL: these
 * tests stop and start the database, which only an embedded cluster allows.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startEmbeddedPostgres, type RunningPostgres } from "@/lib/db/embedded-postgres";
import { migrate } from "@/lib/db/migrate";
import { dataDir, repoRoot } from "@/lib/db/open-database";
import { AppProcess } from "./app-process";

export interface StackOptions {
  name: string;
  appPort: number;
  pgPort: number;
  /** Seed the demo organizations and accounts. */
  demo?: boolean;
  /** More environment for the server, e.g. TRUSTED_PROXY_HOPS. */
  env?: Record<string, string>;
}

export { SYSTEM_TEST_SECRET } from "./app-process";

const bin = (name: string) => path.join(repoRoot, "node_modules", ".bin", name);

export class SystemStack {
  readonly base: string;
  private app: AppProcess | null = null;
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
    this.app = new AppProcess({ port: this.options.appPort, databaseUrl: this.databaseUrl, env: this.options.env, output: this.output });
    await this.app.start();
  }

  /** `kill -9`: no shutdown hooks, no flushing, connections cut mid-request. */
  async killApp(): Promise<number | null> {
    const app = this.app;
    this.app = null;
    return (await app?.kill()) ?? null;
  }

  /** SIGTERM: the server drains its requests in flight and exits 0. */
  async stopApp(): Promise<number | null> {
    const app = this.app;
    this.app = null;
    return (await app?.stop()) ?? null;
  }

  async close(): Promise<void> {
    await this.stopApp();
    await this.stopPostgres();
  }
}
