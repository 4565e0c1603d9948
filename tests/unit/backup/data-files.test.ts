import { describe, expect, it } from "vitest";
import { isExcluded, segmentsToCopy, startSegmentOf } from "@/lib/backup/data-files";
import { dataPathOf } from "@/lib/backup/read-archive";

describe("isExcluded", () => {
  it("leaves out what the server recreates or what would make the copy look running", () => {
    for (const p of [
      "postmaster.pid",
      "postmaster.opts",
      "pg_wal/000000010000000000000001",
      "pg_wal/archive_status/x.done",
      "pg_stat_tmp/global.stat",
      "pg_replslot/s/state",
      "base/5/pgsql_tmp/pgsql_tmp1.0",
      "global/pg_internal.init",
      "backup_label",
    ]) {
      expect(isExcluded(p), p).toBe(true);
    }
  });

  it("keeps the cluster's data and configuration", () => {
    for (const p of [
      "PG_VERSION",
      "global/pg_control",
      "base/5/16384",
      "base/5/16384_fsm",
      "pg_xact/0000",
      "postgresql.conf",
      "pg_hba.conf",
      "pg_multixact/offsets/0000",
    ]) {
      expect(isExcluded(p), p).toBe(false);
    }
  });
});

describe("WAL segments", () => {
  const label = "START WAL LOCATION: 0/2000160 (file 000000010000000000000002)\nCHECKPOINT LOCATION: 0/20529F0\n";

  it("reads the start segment off the backup label", () => {
    expect(startSegmentOf(label)).toBe("000000010000000000000002");
    expect(() => startSegmentOf("LABEL: x\n")).toThrow(/no start WAL file/);
  });

  it("copies the segments from the start through the stop, nothing older, newer or foreign", () => {
    const names = [
      "000000010000000000000001",
      "000000010000000000000004",
      "000000010000000000000002",
      "000000010000000000000003",
      "000000010000000000000005",
      "archive_status",
      "00000002.history",
    ];
    expect(segmentsToCopy(names, "000000010000000000000002", "000000010000000000000004")).toEqual([
      "000000010000000000000002",
      "000000010000000000000003",
      "000000010000000000000004",
    ]);
  });
});

describe("dataPathOf", () => {
  it("accepts paths inside the archive's data folder", () => {
    expect(dataPathOf("data/base/1/112")).toBe("base/1/112");
    expect(dataPathOf("data/pg_wal/")).toBe("pg_wal");
  });

  it("refuses anything that could leave the restore directory", () => {
    for (const name of ["data/../etc/passwd", "data/base/../../x", "/etc/passwd", "other/file", "data//x"])
      expect(dataPathOf(name), name).toBeNull();
  });
});
