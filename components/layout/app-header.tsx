import { HeaderBar, type HeaderOrganization } from "./header-bar";

/** The bar on every signed-in page; `org` (organization pages) adds the switcher and the organization's sections. */
export function AppHeader({ user, org }: { user: { name: string; email: string }; org?: HeaderOrganization }) {
  return <HeaderBar user={user} org={org} />;
}
