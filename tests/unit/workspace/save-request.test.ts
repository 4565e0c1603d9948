import { describe, expect, it } from "vitest";
import { createDraftStorage, draftKey, parseStoredDraft, type KeyValueStore } from "@/components/workspace/draft-storage";
import { memoryStore } from "./support";
import { assessmentUrl, classifySaveResponse, putAssessment } from "@/components/workspace/save-request";

describe("classifySaveResponse", () => {
  it("200 with a revision is saved", () => {
    expect(classifySaveResponse(200, { revision: 4, savedAt: "2025-01-01T00:00:00.000Z" })).toEqual({
      kind: "saved",
      revision: 4,
      savedAt: "2025-01-01T00:00:00.000Z",
    });
  });

  it("409 carries the current version and who saved it", () => {
    const stored = { revision: 7, answers: { workflow: { name: "x" } }, scores: {}, plan: { roi: { runsPerMonth: 10 } }, updatedAt: "t" };
    const outcome = classifySaveResponse(409, {
      error: "conflict",
      message: "Changed",
      current: { ...stored, updatedBy: { name: "Ana" } },
    });
    expect(outcome).toEqual({ kind: "conflict", current: { ...stored, updatedBy: "Ana" } });
  });

  it("a 409 without a plan reads as an empty plan", () => {
    const outcome = classifySaveResponse(409, { current: { revision: 7, answers: {}, scores: {}, updatedAt: "t", updatedBy: null } });
    expect(outcome).toEqual({
      kind: "conflict",
      current: { revision: 7, answers: {}, scores: {}, plan: {}, updatedAt: "t", updatedBy: null },
    });
  });

  it("400 lists its issues, ignoring malformed ones", () => {
    expect(
      classifySaveResponse(400, {
        error: "validation",
        message: "Bad",
        issues: [{ path: "answers.actions.0.kind", message: "expected one of …" }, { nope: 1 }],
      }),
    ).toEqual({ kind: "invalid", message: "Bad", issues: [{ path: "answers.actions.0.kind", message: "expected one of …" }] });
  });

  it("everything else, and broken bodies, are failures to retry", () => {
    expect(classifySaveResponse(500, null)).toEqual({ kind: "failed", status: 500 });
    expect(classifySaveResponse(401, {})).toEqual({ kind: "failed", status: 401 });
    expect(classifySaveResponse(200, { ok: true })).toEqual({ kind: "failed", status: 200 });
    expect(classifySaveResponse(409, { error: "conflict" })).toEqual({ kind: "failed", status: 409 });
  });
});

describe("putAssessment", () => {
  it("sends the body with PUT and keepalive when asked", async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fetcher: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify({ revision: 2, savedAt: null }), { status: 200 });
    };
    const outcome = await putAssessment(
      fetcher,
      assessmentUrl("acme", "p1"),
      { baseRevision: 1, answers: {}, scores: {} },
      { keepalive: true },
    );
    expect(outcome).toEqual({ kind: "saved", revision: 2, savedAt: null });
    expect(calls[0]?.url).toBe("/api/o/acme/projects/p1/assessment");
    expect(calls[0]?.init?.method).toBe("PUT");
    expect(calls[0]?.init?.keepalive).toBe(true);
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ baseRevision: 1, answers: {}, scores: {} });
  });

  it("a network error or a non-JSON body is a failure", async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await putAssessment(offline, "/x", { baseRevision: 0, answers: {}, scores: {} })).toEqual({ kind: "failed", status: null });
    const html: typeof fetch = async () => new Response("<html>Bad gateway</html>", { status: 502 });
    expect(await putAssessment(html, "/x", { baseRevision: 0, answers: {}, scores: {} })).toEqual({ kind: "failed", status: 502 });
  });
});

describe("draft storage", () => {
  it("round-trips a draft under the project's key", () => {
    const store = memoryStore();
    const storage = createDraftStorage(store, "p1");
    storage.save({ baseRevision: 3, answers: { workflow: { name: "x" } }, scores: {} });
    expect([...store.map.keys()]).toEqual([draftKey("p1")]);
    expect(draftKey("p1")).toBe("preflight:draft:p1");
    expect(storage.load()).toEqual({ baseRevision: 3, answers: { workflow: { name: "x" } }, scores: {} });
    storage.clear();
    expect(storage.load()).toBeNull();
  });

  it("ignores anything it did not write, and storage that throws", () => {
    expect(parseStoredDraft("not json")).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ baseRevision: "3", answers: {}, scores: {} }))).toBeNull();
    expect(parseStoredDraft(JSON.stringify({ baseRevision: 3, answers: [], scores: {} }))).toBeNull();
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
      removeItem: () => {
        throw new Error("denied");
      },
    };
    const storage = createDraftStorage(broken, "p1");
    expect(storage.load()).toBeNull();
    expect(() => storage.save({ baseRevision: 0, answers: {}, scores: {} })).not.toThrow();
    expect(() => storage.clear()).not.toThrow();
  });
});
