import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { OrgContext } from "@/lib/organizations/access";
import { getProject } from "./queries";

/** For pages: a project of another organization (or none) renders the 404 page. */
export async function loadProjectOr404(ctx: OrgContext, projectId: string) {
  try {
    return await getProject(ctx, projectId);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
