/**
 * The API contracts the demo organizations keep once per vendor (seed 004: "Put API contracts
 * under change control"): each project takes the system's contract and states only what is
 * its own (its share of the rate limit, its retry path, its key's scope).
 */
import type { ApiContractRow } from "@/lib/readiness";

const CRM: ApiContractRow = {
  system: "crm",
  apiVersion: "v61.0",
  rateLimit: "Shared org limit of 100,000 calls a day",
  retryPolicy: "Backoff from 2 s, 5 tries",
  versioningRule: "Pinned API version; upgrades tested in the full sandbox first",
  authLifecycle: "JWT bearer for a dedicated integration user; certificate renewed yearly",
  changeWatch: "CRM release notes reviewed by the CRM administrator each release",
};

const SUPPORT_DESK: ApiContractRow = {
  system: "support_desk",
  apiVersion: "API v2",
  rateLimit: "700 requests a minute, shared with the agent workspace",
  retryPolicy: "Backoff on 429, 4 tries",
  versioningRule: "Pinned v2",
  authLifecycle: "OAuth token of a role scoped to this integration, rotated every 90 days",
};

const BILLING: ApiContractRow = {
  system: "billing",
  apiVersion: "2026-09-30",
  rateLimit: "100 requests/s per key",
  retryPolicy: "Exponential backoff, 5 tries, idempotency key per record",
  versioningRule: "Pinned version; upgrades tested in test mode first",
  authLifecycle: "Restricted key per integration, rotated every 90 days",
  changeWatch: "Vendor API changelog reviewed by finance systems",
};

export function crmApi(own: Partial<ApiContractRow> = {}): ApiContractRow {
  return { ...CRM, ...own };
}

export function supportDeskApi(own: Partial<ApiContractRow> = {}): ApiContractRow {
  return { ...SUPPORT_DESK, ...own };
}

export function billingApi(own: Partial<ApiContractRow> = {}): ApiContractRow {
  return { ...BILLING, ...own };
}
