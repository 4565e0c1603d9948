/**
 * How many hostile payloads each system test sends. Issue #7 asks for at least 10,000 in
 * all; each file asserts that it sent exactly its share, and this module that the shares add up.
 */
export const HOSTILE_PLAN = {
  assessmentSave: 3600,
  assessmentImport: 2600,
  serverActions: 4000,
} as const;

export const HOSTILE_TOTAL = Object.values(HOSTILE_PLAN).reduce((sum, count) => sum + count, 0);
export const REQUIRED_TOTAL = 10_000;

/** The fast-check seed: HOSTILE_SEED replays a run, otherwise each run explores new payloads. */
export function hostileSeed(): number {
  const given = Number(process.env.HOSTILE_SEED);
  return Number.isInteger(given) && process.env.HOSTILE_SEED !== "" ? given : Math.floor(Math.random() * 2 ** 31);
}
