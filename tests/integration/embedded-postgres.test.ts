import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres, PostgresStartError } from "@/lib/db/embedded-postgres";

// Start-up failures must read as one actionable line, never a stack trace.
function scratchDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "preflight-pg-"));
  return dir;
}

async function freePort(): Promise<number> {
  const held = await occupyPort();
  held.close();
  return held.port;
}

function occupyPort(): Promise<{ port: number; close: () => void }> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      resolve({ port, close: () => server.close() });
    });
  });
}

describe("embedded PostgreSQL", () => {
  it("starts a real server in a fresh data folder, serves queries, and stops", async () => {
    const dataDir = scratchDir();
    const port = await freePort();
    const running = await startEmbeddedPostgres({ dataDir, port, database: "scratch" });
    try {
      const client = new pg.Client({ connectionString: running.url });
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
      await client.end();
      expect(rows[0]?.server_version).toMatch(/^17\./);
    } finally {
      await running.stop();
    }
    await expect(new pg.Client({ connectionString: running.url }).connect()).rejects.toThrow();
  }, 60_000);

  it("says so in one line when the port is taken", async () => {
    const blocker = await occupyPort();
    try {
      const error = await startEmbeddedPostgres({ dataDir: scratchDir(), port: blocker.port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PostgresStartError);
      expect((error as Error).message).toBe(
        `Port ${blocker.port} is already in use: stop what listens there or set PREFLIGHT_PG_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);

  it("says so in one line when the data folder is unusable", async () => {
    const parent = scratchDir();
    const fileInTheWay = path.join(parent, "not-a-folder");
    writeFileSync(fileInTheWay, "x");
    const asFile = await startEmbeddedPostgres({ dataDir: fileInTheWay, port: await freePort() }).catch((e: unknown) => e);
    expect(asFile).toBeInstanceOf(PostgresStartError);
    expect((asFile as Error).message).toMatch(/^Data directory .*not-a-folder is unusable: /);

    const cluttered = scratchDir();
    mkdirSync(path.join(cluttered, "pg"));
    writeFileSync(path.join(cluttered, "pg", "notes.txt"), "someone else's files");
    const notEmpty = await startEmbeddedPostgres({ dataDir: cluttered, port: await freePort() }).catch((e: unknown) => e);
    expect((notEmpty as Error).message).toMatch(/is not empty and holds no PostgreSQL cluster/);
    expect((notEmpty as Error).message).not.toContain("\n");
  }, 60_000);
});
