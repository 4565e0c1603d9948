import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { actionId } from "./support/server-actions";
import { SystemStack } from "./support/stack";

let stack: SystemStack;
beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-smoke", appPort: 3221, pgPort: 54351, demo: true });
});
afterAll(async () => stack?.close());

it("smoke", async () => {
  const s = new Session(stack.base);
  await s.signIn("demo@preflight.local", "preflight-demo");
  const fd = new FormData();
  fd.set("orgSlug", "northwind-revenue-ops");
  fd.set("name", "");
  const r = await s.callAction(actionId("app/o/[slug]/projects/actions.ts", "createProjectAction"), "/o/northwind-revenue-ops/projects", [{ ok: false }, fd]);
  console.log(r.status, JSON.stringify(r.value), r.text.slice(0, 300));
  expect(r.status).toBe(200);
});
