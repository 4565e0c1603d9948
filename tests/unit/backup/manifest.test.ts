import { describe, expect, it } from "vitest";
import { checksumProblem, compareMigrations, parseManifest, type BackupManifest } from "@/lib/backup/manifest";

const digest = (path: string, fill: string, size = 8192) => ({ path, size, sha256: fill.repeat(64) });

const manifest: BackupManifest = {
  format: 1,
  createdAt: "2026-12-05T17:00:00.000Z",
  postgresVersion: "17.10",
  migrations: ["20261123000000_foundation"],
  startWal: "000000010000000000000002",
  stopLsn: "0/2052A90",
  files: [digest("data/base/1/112", "a"), digest("data/global/pg_control", "b")],
};

describe("parseManifest", () => {
  it("accepts a manifest as the backup writes it", () => {
    expect(parseManifest(JSON.stringify(manifest))).toEqual({ ok: true, manifest });
  });

  it("names the field that is wrong", () => {
    const broken = { ...manifest, files: [{ ...manifest.files[0], sha256: "nope" }] };
    const result = parseManifest(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/files\.0\.sha256/);
  });

  it("refuses text that is not JSON, and unknown fields", () => {
    expect(parseManifest('{"format": 1').ok).toBe(false);
    expect(parseManifest(JSON.stringify({ ...manifest, extra: true })).ok).toBe(false);
  });
});

describe("checksumProblem", () => {
  it("is null when every file matches", () => {
    expect(checksumProblem(manifest.files, [...manifest.files].reverse())).toBeNull();
  });

  it("names a file whose digest or size differs", () => {
    expect(checksumProblem(manifest.files, [manifest.files[0]!, digest("data/global/pg_control", "c")])).toBe(
      "checksum mismatch for data/global/pg_control",
    );
    expect(checksumProblem(manifest.files, [manifest.files[0]!, digest("data/global/pg_control", "b", 10)])).toMatch(/mismatch/);
  });

  it("names a missing file (a truncated archive) and an unlisted one", () => {
    expect(checksumProblem(manifest.files, [manifest.files[0]!])).toMatch(/pg_control is listed in the manifest but missing/);
    expect(checksumProblem(manifest.files, [...manifest.files, digest("data/evil", "d")])).toMatch(
      /data\/evil is in the archive but not in the manifest/,
    );
  });
});

describe("compareMigrations", () => {
  it("is the same when both lists agree", () => {
    expect(compareMigrations(["a", "b"], ["a", "b"])).toEqual({ kind: "same" });
  });

  it("lists what an older archive lacks, to be migrated forward", () => {
    expect(compareMigrations(["a"], ["a", "b", "c"])).toEqual({ kind: "older", pending: ["b", "c"] });
  });

  it("refuses an archive holding a migration the code does not know", () => {
    expect(compareMigrations(["a", "b", "z"], ["a", "b"])).toEqual({ kind: "newer", unknown: ["z"] });
  });
});
