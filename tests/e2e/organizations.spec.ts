import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-accounts";
import { signIn, signUp, uniqueEmail } from "./support/accounts";

const ORG = "/o/northwind-revenue-ops";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** Creates an invitation link as the demo owner; returns it and the owner's page. */
async function inviteAs(browser: Browser, roleLabel: RegExp) {
  const owner = await newPage(browser);
  await signIn(owner, DEMO_USERS[0].email, DEMO_PASSWORD);
  await owner.goto(`${ORG}/members`);
  await owner.getByLabel("Role for the new member").click();
  await owner.getByRole("option", { name: roleLabel }).click();
  await owner.getByRole("button", { name: "Create invitation link" }).click();
  const link = await owner.getByTestId("invitation-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  return { owner, link };
}

test("an invited viewer joins, sees the organization, and can change nothing — in the UI or by calling the server directly", async ({
  browser,
}) => {
  const { owner, link } = await inviteAs(browser, /^Viewer/);

  const viewer = await newPage(browser);
  await viewer.goto(link);
  await expect(viewer.getByRole("heading", { name: "Join Northwind Revenue Ops" })).toBeVisible();
  await viewer.getByRole("link", { name: "Create an account" }).click();
  // Signing up from the invitation joins that organization and no other (#14).
  await expect(viewer.getByTestId("sign-up-outcome")).toHaveText("You will join Northwind Revenue Ops as Viewer.");
  await expect(viewer.getByLabel("Organization name")).toHaveCount(0);
  const email = uniqueEmail("viewer");
  await viewer.getByLabel("Your name").fill("Vera Viewer");
  await viewer.getByLabel("Work email").fill(email);
  await viewer.getByLabel("Password", { exact: true }).fill("correct horse battery");
  await viewer.getByRole("button", { name: "Create account" }).click();
  await expect(viewer).toHaveURL(new RegExp(`${ORG}$`));
  await expect(viewer.getByText("You are viewer here")).toBeVisible();
  await viewer.goto("/");
  await expect(viewer).toHaveURL(new RegExp(`${ORG}$`));
  await expect(viewer.getByText("Vera Viewer's organization")).toHaveCount(0);
  await viewer.goto("/account");
  await expect(viewer.getByText("Vera Viewer's organization")).toHaveCount(0);

  // The UI offers no management to a viewer.
  await viewer.goto(`${ORG}/members`);
  await expect(viewer.getByRole("cell", { name: "Vera Viewer" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Remove" })).toHaveCount(0);

  // Capture the real server action the owner's role form posts, then replay it as the viewer.
  await owner.goto(`${ORG}/members`);
  const editorRow = owner.getByRole("row", { name: /Priya Shah/ });
  await editorRow.getByRole("combobox").click();
  await owner.getByRole("option", { name: "Editor" }).click();
  const posted = owner.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await editorRow.getByRole("button", { name: "Save" }).click();
  const request = await posted;
  const body = request.postData() ?? "";
  expect(body).toMatch(/name="[^"]*_role"\r\n\r\neditor/);
  // Same action, same form, but asking to demote the editor: sent with the viewer's session.
  const replay = await viewer.request.post(`${ORG}/members`, {
    headers: {
      "next-action": request.headers()["next-action"]!,
      "content-type": request.headers()["content-type"]!,
      accept: "text/x-component",
    },
    data: body.replace(/(name="[^"]*_role"\r\n\r\n)editor/, "$1viewer"),
  });
  expect(await replay.text()).toContain("Your role in this organization does not allow this.");

  // The editor is still an editor.
  await owner.reload();
  await expect(owner.getByRole("row", { name: /Priya Shah/ }).getByRole("combobox")).toHaveText(/Editor/);

  // The invitation was single use.
  const late = await newPage(browser);
  expect((await late.goto(link))?.status()).toBe(404);
  await expect(late.getByRole("heading", { name: "This invitation link cannot be used" })).toBeVisible();
  await expect(late.getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a member of another organization gets 'not found' for this organization's pages", async ({ page }) => {
  await signUp(page, "Outsider Olga", uniqueEmail("outsider"), "Other Company");
  await expect(page).toHaveURL(/\/o\/other-company/);
  for (const path of [ORG, `${ORG}/members`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByText("Northwind Revenue Ops")).toHaveCount(0);
  }
});

test("the last owner can neither leave nor be demoted", async ({ page }) => {
  await signUp(page, "Solo Owner", uniqueEmail("solo"), "Solo Shop");
  await page.getByRole("link", { name: "Members", exact: true }).click();
  const row = page.getByRole("row", { name: /Solo Owner/ });
  await row.getByRole("combobox").click();
  await page.getByRole("option", { name: "Viewer" }).click();
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("alert")).toHaveText("The organization needs at least one owner: make someone else an owner first.");
  await page.getByRole("button", { name: "Leave organization" }).click();
  await page.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
    "You are the last owner: make someone else an owner before you leave.",
  );
});
