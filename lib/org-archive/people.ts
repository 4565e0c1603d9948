import "server-only";
import type { DbTx } from "@/lib/db/client";
import type { OrganizationArchive } from "./format";

/**
 * Who the archive's people are on this instance. A person resolves to an account only when
 * they are an archived member whose email belongs to a colleague of the importer here (they
 * join the new organization), or the importer; anyone else named by the archive — a member
 * with no account here or a stranger's account (invited instead), someone invited, a former
 * member — resolves to nobody, and is listed so the import can say so.
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

/**
 * The importer's colleagues here (people sharing an organization with them) among the archived
 * members, by lower-cased email. Only colleagues join without being asked: otherwise anyone
 * could add any account to an organization of theirs, and learn from the answer which emails
 * have accounts here. Everyone else gets an invitation, whether they have an account or not.
 */
export async function colleaguesByEmail(tx: DbTx, archive: OrganizationArchive, importerId: string): Promise<Map<string, string>> {
  const emails = archive.members.flatMap((member) => [member.email, member.email.toLowerCase()]);
  const users = await tx.user.findMany({
    where: {
      email: { in: [...new Set(emails)] },
      memberships: { some: { organization: { memberships: { some: { userId: importerId } } } } },
    },
    select: { id: true, email: true },
  });
  return new Map(users.map((user) => [user.email.toLowerCase(), user.id]));
}
