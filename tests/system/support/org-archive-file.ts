/** A valid organization archive with no projects (docs/organization-archive.md), as a file a form sends. */
import { gzipSync } from "node:zlib";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type OrganizationArchive } from "@/lib/org-archive/format";

export function emptyArchive(name = "Imported Holdings"): OrganizationArchive {
  const at = "2026-12-01T09:00:00.000Z";
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: at,
    source: { instance: "elsewhere.example", migration: "", rulesetVersions: [] },
    organization: {
      ref: "ref:1",
      name,
      slug: "imported-holdings",
      accentColor: "#1d4ed8",
      paperSize: "A4",
      dateFormat: "day_month_year",
      logo: null,
      createdAt: at,
    },
    members: [],
    projects: [],
    auditEvents: [],
  };
}

export const archiveFile = (archive: OrganizationArchive = emptyArchive()) =>
  new File([gzipSync(JSON.stringify(archive))], "imported.preflight.json.gz", { type: "application/gzip" });
