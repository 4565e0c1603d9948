/**
 * Browsers send Origin with every cross-site write; a write whose Origin is not our host is
 * refused. A request without Origin is no browser's cross-site request.
 */
export function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
