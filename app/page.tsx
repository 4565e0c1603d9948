import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listMyOrganizations } from "@/lib/organizations/queries";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const memberships = await listMyOrganizations(user.id);
  const first = memberships[0];
  redirect(first ? `/o/${first.organization.slug}` : "/orgs/new");
}
