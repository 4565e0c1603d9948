import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { OrganizationArchive } from "./format";

/**
 * Who the archive's people are on this instance. A person resolves to an account only when
 * they are an archived member whose email has an account here (they join the new
 * organization), or the importer; anyone else named by the archive — someone invited, a
 * former member — resolves to nobody, and is listed so the import can say so.
 */
export class PeopleMap {
  private readonly ids = new Map<string, string>();
  readonly unresolved = new Set<string>();

  constructor(importer: { id: string; email: string }) {
    this.ids.set(importer.email.toLowerCase(), importer.id);
  }

  add(email: string, userId: string): void {
    this.ids.set(email.toLowerCase(), userId);
  }

  has(email: string): boolean {
    return this.ids.has(email.toLowerCase());
  }

  /** The account of `email` here, or null (noted as unresolved when someone was named). */
  resolve(email: string | null): string | null {
    if (email === null) return null;
    const id = this.ids.get(email.toLowerCase());
    if (id === undefined) this.unresolved.add(email);
    return id ?? null;
  }
}

/** Accounts on this instance of the archived members' emails, by lower-cased email. */
export async function accountsByEmail(tx: DbTx, archive: OrganizationArchive): Promise<Map<string, string>> {
  const emails = archive.members.flatMap((member) => [member.email, member.email.toLowerCase()]);
  const users = await tx.user.findMany({ where: { email: { in: [...new Set(emails)] } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
}
