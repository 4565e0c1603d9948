import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signUp, TEST_PASSWORD, uniqueEmail } from "./support/accounts";

test("changing the password keeps this session and ends the others", async ({ browser }) => {
  const email = uniqueEmail("rotate");
  const here = await (await browser.newContext()).newPage();
  await signUp(here, "Rita Rotate", email, "Rotation Inc");
  await expect(here).toHaveURL(/\/o\/rotation-inc/);

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/sign-in");
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByLabel("Password").fill(TEST_PASSWORD);
  await elsewhere.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewhere).toHaveURL(/\/o\/rotation-inc/);

  await here.goto("/account");
  expect((await new AxeBuilder({ page: here }).analyze()).violations).toEqual([]);
  await here.getByLabel("Current password").fill("not my password");
  await here.getByLabel("New password", { exact: true }).fill("a brand new password");
  await here.getByLabel("Repeat the new password").fill("a brand new password");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByText("This is not your current password.")).toBeVisible();
  await expect(here.getByLabel("New password", { exact: true })).toHaveValue("a brand new password");

  await here.getByLabel("Current password").fill(TEST_PASSWORD);
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByText("Password changed. Other sessions are signed out.")).toBeVisible();

  await elsewhere.goto("/o/rotation-inc/members");
  await expect(elsewhere).toHaveURL(/\/sign-in/);

  await here.goto("/o/rotation-inc/members");
  await expect(here.getByRole("heading", { name: "Members of Rotation Inc" })).toBeVisible();
  expect((await new AxeBuilder({ page: here }).analyze()).violations).toEqual([]);
});

test("signing out everywhere ends this session and the others", async ({ browser }) => {
  const email = uniqueEmail("everywhere");
  const here = await (await browser.newContext()).newPage();
  await signUp(here, "Eve Everywhere", email, "Everywhere Inc");
  await expect(here).toHaveURL(/\/o\/everywhere-inc/);

  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/sign-in");
  await elsewhere.getByLabel("Email").fill(email);
  await elsewhere.getByLabel("Password").fill(TEST_PASSWORD);
  await elsewhere.getByRole("button", { name: "Sign in" }).click();
  await expect(elsewhere).toHaveURL(/\/o\/everywhere-inc/);

  await here.goto("/account");
  await here.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(here).toHaveURL(/\/sign-in/);
  await here.goto("/o/everywhere-inc/members");
  await expect(here).toHaveURL(/\/sign-in/);

  await elsewhere.goto("/o/everywhere-inc/members");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
});
