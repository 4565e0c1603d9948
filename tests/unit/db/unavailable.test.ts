import net from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, Prisma, type Db } from "@/lib/db/client";
import { DatabaseUnavailableError, describeUnavailable, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/errors";
import { AppError } from "@/lib/errors";

/** A port nothing listens on: bound, read, released. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );
}

function known(code: string, message = "failed") {
  return new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "test" });
}

function sqlState(code: string, message: string) {
  const error = new pg.DatabaseError(message, message.length, "error");
  error.code = code;
  error.severity = "FATAL";
  return error;
}

describe("isDatabaseUnavailable with a server that is not there", () => {
  let url = "";
  let client: Db;
  beforeAll(async () => {
    url = `postgresql://nobody:secret@127.0.0.1:${await closedPort()}/none`;
    client = createPrismaClient(url);
  });
  afterAll(() => client.$disconnect());

  it("recognizes what Prisma throws for model queries, raw queries and transactions", async () => {
    const model = await rejectionOf(client.user.findMany());
    const raw = await rejectionOf(client.$queryRaw`SELECT 1`);
    const transaction = await rejectionOf(client.$transaction(async (tx) => tx.user.count()));
    for (const error of [model, raw, transaction]) expect(isDatabaseUnavailable(error)).toBe(true);
    expect(describeUnavailable(raw)).toMatch(/^database unavailable: .*reach database server/);
  });

  it("recognizes pg's own refused connection", async () => {
    const direct = new pg.Client({ connectionString: url });
    const error = await rejectionOf(direct.connect());
    expect((error as { code?: string }).code).toBe("ECONNREFUSED");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

describe("isDatabaseUnavailable", () => {
  it("treats a shutdown, a crash, a server starting up and lost connections as an outage", () => {
    expect(isDatabaseUnavailable(sqlState("57P01", "terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnavailable(sqlState("57P03", "the database system is starting up"))).toBe(true);
    expect(isDatabaseUnavailable(sqlState("08006", "connection failure"))).toBe(true);
    expect(isDatabaseUnavailable(sqlState("53300", "sorry, too many clients already"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(known("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(known("P1017"))).toBe(true);
    expect(isDatabaseUnavailable(known("P2024"))).toBe(true);
    expect(isDatabaseUnavailable(known("P2028", "Transaction API error: Unable to start a transaction in the given time."))).toBe(true);
  });

  it("finds the outage behind wrappers: a cause, or the driver adapter's error in meta", () => {
    expect(isDatabaseUnavailable(new Error("saving failed", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    const raw = new Prisma.PrismaClientKnownRequestError("Raw query failed. Code: `57P01`.", {
      code: "P2010",
      clientVersion: "test",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code: "57P01", originalCode: "57P01" } } },
    });
    expect(isDatabaseUnavailable(raw)).toBe(true);
  });

  it("leaves errors of the query or of the app alone: those are bugs or answers, not outages", () => {
    expect(isDatabaseUnavailable(known("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(known("P2025", "Record not found"))).toBe(false);
    expect(isDatabaseUnavailable(known("P2028", "Transaction already closed: the timeout for this transaction was 5000 ms"))).toBe(false);
    expect(isDatabaseUnavailable(sqlState("23505", "duplicate key value violates unique constraint"))).toBe(false);
    expect(isDatabaseUnavailable(sqlState("42P01", 'relation "users" does not exist'))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("conflict", "Someone else saved"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    for (const value of [null, undefined, "Connection terminated", 57]) expect(isDatabaseUnavailable(value)).toBe(false);
  });

  it("does not loop on an error that is its own cause", () => {
    const error = new Error("odd") as Error & { cause?: unknown };
    error.cause = error;
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("names the page guard's error by a digest that survives to error.tsx", () => {
    const error = new DatabaseUnavailableError({ cause: known("P1001") });
    expect(error.digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
    expect(error.message).toMatch(/temporarily unavailable/);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
