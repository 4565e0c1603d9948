import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { landingOrganization } from "@/lib/organizations/queries";

export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  // After signing in, and from the logo: the organization used last.
  const organization = await landingOrganization(user.id);
  redirect(organization ? `/o/${organization.slug}` : "/orgs/new");
}
