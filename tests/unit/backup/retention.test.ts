import { describe, expect, it } from "vitest";
import { archiveName, archivesToDelete, isArchiveName } from "@/lib/backup/retention";

describe("archive names", () => {
  it("carry the time to the millisecond, sortable as text", () => {
    const a = archiveName(new Date("2026-12-05T09:08:07.006Z"));
    expect(a).toBe("preflight-backup-20261205T090807006Z.tar.gz");
    expect(isArchiveName(a)).toBe(true);
    expect(archiveName(new Date("2026-12-05T10:00:00.000Z")) > a).toBe(true);
  });
});

describe("archivesToDelete", () => {
  const names = [3, 1, 5, 2, 4].map((d) => archiveName(new Date(Date.UTC(2026, 11, d))));

  it("keeps the newest N and deletes the rest, oldest first", () => {
    expect(archivesToDelete(names, 3)).toEqual([1, 2].map((d) => archiveName(new Date(Date.UTC(2026, 11, d)))));
  });

  it("deletes nothing when there are no more than N", () => {
    expect(archivesToDelete(names, 5)).toEqual([]);
    expect(archivesToDelete(names, 7)).toEqual([]);
  });

  it("never touches other files, nor an unfinished archive", () => {
    const others = ["notes.txt", `${names[0]}.partial`, "preflight-backup-latest.tar.gz"];
    expect(archivesToDelete([...others, ...names], 1)).not.toEqual(expect.arrayContaining(others));
    expect(archivesToDelete([...others, ...names], 1)).toHaveLength(4);
  });

  it("refuses to keep fewer than one", () => {
    expect(() => archivesToDelete(names, 0)).toThrow(RangeError);
  });
});
