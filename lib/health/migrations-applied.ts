/** Every migration this build ships is applied (an older server on a newer schema is ready too: migrations only add). */
export function migrationsApplied(shippedNames: readonly string[], appliedNames: readonly string[]): boolean {
  const applied = new Set(appliedNames);
  return shippedNames.every((name) => applied.has(name));
}
