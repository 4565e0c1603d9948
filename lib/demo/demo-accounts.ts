/** The demo logins printed on first start and listed in the README. */
export const DEMO_PASSWORD = "preflight-demo";

export const DEMO_USERS = [
  { key: "owner", name: "Alex Morgan", email: "demo@preflight.local" },
  { key: "editor", name: "Priya Shah", email: "ops@preflight.local" },
  { key: "viewer", name: "Jordan Lee", email: "exec@preflight.local" },
] as const;

export const DEMO_ORGANIZATIONS = [
  { name: "Northwind Revenue Ops", roles: { owner: "owner", editor: "editor", viewer: "viewer" } },
  // A second client of the consultant (the demo owner), to show switching between organizations.
  { name: "Globex Customer Support", roles: { owner: "editor", editor: "owner" } },
] as const;
