/**
 * Issue #13, finding 2: a decompression-bomb logo. A PNG well under the 1 MB upload limit
 * can declare 12000 × 12000 pixels; stored as it was, every PDF export decoded it in full
 * (36 s and 4.4 GB for one export at 16000 × 16000). The upload must refuse it by its
 * header, naming the limit, and store nothing; a normal logo is still accepted and is kept
 * within the bounds; a bomb already in the database (stored before the fix) is left off
 * the report instead of decoded.
 */
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Session } from "@/lib/cli/http/session";
import { MAX_LOGO_BYTES, STORED_LOGO_SIDE } from "@/lib/organizations/logo";
import { bombPng, tinyPng } from "@/tests/support/images";
import { DEMO_SLUG, signedIn } from "./support/hostile-stack";
import { actionOutcome } from "./support/outcome";
import { SystemStack } from "./support/stack";

let stack: SystemStack;
let owner: Session;
let organizationId: string;
let bomb: Uint8Array;

beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-logo", appPort: 3238, pgPort: 15368, demo: true });
  owner = await signedIn(stack);
  organizationId = (await stack.db.organization.findUniqueOrThrow({ where: { slug: DEMO_SLUG } })).id;
  bomb = await bombPng(12000, 12000);
});
afterAll(async () => stack?.close());

const upload = (bytes: Uint8Array, name = "logo.png") =>
  actionOutcome(owner, {
    entry: "app/o/[slug]/settings/actions.ts#uploadLogoAction",
    fields: { orgSlug: DEMO_SLUG, logo: new File([Buffer.from(bytes)], name, { type: "image/png" }) },
    params: { slug: DEMO_SLUG },
  });

const storedLogo = async () =>
  (await stack.db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { logo: true, logoMimeType: true } })).logo;

const exportDraft = async () => {
  const project = await stack.db.project.findFirstOrThrow({ where: { organizationId, archivedAt: null }, select: { id: true } });
  const started = performance.now();
  const response = await owner.request("GET", `/api/o/${DEMO_SLUG}/projects/${project.id}/report?source=draft`);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, ms: performance.now() - started };
};

it("refuses a small-file bomb by its declared size, naming the limit, and stores nothing", async () => {
  expect(bomb.length).toBeLessThan(MAX_LOGO_BYTES);
  const before = await storedLogo();
  const outcome = await upload(bomb);
  expect(outcome.verdict).toBe("invalid");
  const state = outcome.value as { message: string; fieldErrors: { logo: string[] } };
  expect(state.fieldErrors.logo[0]).toMatch(/12000 × 12000 pixels; a logo may be at most 2000 × 2000 pixels and 4 megapixels/);
  expect(Buffer.compare(Buffer.from((await storedLogo()) ?? []), Buffer.from(before ?? []))).toBe(0);
  expect(
    await stack.db.auditEvent.count({
      where: { organizationId, action: "organization.logo_set", createdAt: { gt: new Date(Date.now() - 60_000) } },
    }),
  ).toBe(0);
});

it("still accepts a normal logo, shrunk and re-encoded within the bounds", async () => {
  const large = await sharp({ create: { width: 1800, height: 600, channels: 3, background: { r: 15, g: 118, b: 110 } } })
    .png()
    .toBuffer();
  for (const bytes of [tinyPng(16), new Uint8Array(large)]) {
    const outcome = await upload(bytes);
    expect(outcome.verdict, outcome.body.slice(0, 300)).toBe("ok");
    const stored = await storedLogo();
    const meta = await sharp(stored!).metadata();
    expect(meta.format).toBe("png");
    expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(STORED_LOGO_SIDE);
  }
  const meta = await sharp((await storedLogo())!).metadata();
  expect([meta.width, meta.height]).toEqual([STORED_LOGO_SIDE, 267]);
  const report = await exportDraft();
  expect(report.status).toBe(200);
  expect(report.body.subarray(0, 5).toString()).toBe("%PDF-");
});

it("leaves a bomb stored before the fix off the report instead of decoding it", async () => {
  await stack.db.organization.update({ where: { id: organizationId }, data: { logo: Buffer.from(bomb), logoMimeType: "image/png" } });
  const report = await exportDraft();
  expect(report.status).toBe(200);
  expect(report.body.subarray(0, 5).toString()).toBe("%PDF-");
  // Decoding 12000 × 12000 pixels took tens of seconds; without it an export is well under a few.
  expect(report.ms).toBeLessThan(10_000);
});
