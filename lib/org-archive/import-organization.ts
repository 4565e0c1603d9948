import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db as defaultDb, type Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { normalizeLogo, type NormalizedLogo } from "@/lib/organizations/normalize-logo";
import { consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import type { OrganizationArchive } from "./format";
import { readArchive, refused } from "./read-archive";
import { writeArchive, type ImportResult } from "./write-archive";

/** The archived logo goes through the upload's own check and re-encoding: an archive is an upload. */
async function archivedLogo(archive: OrganizationArchive): Promise<NormalizedLogo | null> {
  const logo = archive.organization.logo;
  if (!logo) return null;
  try {
    return await normalizeLogo(Buffer.from(logo.base64, "base64"));
  } catch (error) {
    if (error instanceof AppError) throw refused(`organization.logo: ${error.message}`);
    throw error;
  }
}

/**
 * "Import from an archive": a new organization owned by `user` from the archive in `bytes`
 * (docs/organization-archive.md). The archive is read and checked completely first, so a
 * refused one writes nothing, not even a rate-limit attempt; then everything is written in
 * one transaction that names only the new organization.
 */
export async function importOrganization(
  user: CurrentUser,
  bytes: Uint8Array,
  now = new Date(),
  client: Db = defaultDb(),
): Promise<ImportResult> {
  const archive = await readArchive(bytes);
  const logo = await archivedLogo(archive);
  // Counts as creating an organization: the same limit holds for both ways of making one.
  await consumeRateLimit(client, "createOrganization", user.id);
  return client.$transaction((tx) => writeArchive(tx, user, archive, logo, now), { timeout: 120_000, maxWait: 10_000 });
}
