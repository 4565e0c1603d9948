/**
 * The route pattern of a request path ("/o/[slug]/projects/[projectId]"), read from the
 * build's routes manifest, for log lines and metric labels: the raw path would hold ids and
 * invitation tokens, and as a metric label it would grow without bound.
 */
export interface RouteManifest {
  staticRoutes: { page: string; regex: string }[];
  dynamicRoutes: { page: string; regex: string }[];
}

export type RouteMatcher = (pathname: string) => string;

export function routeMatcher(manifest: RouteManifest): RouteMatcher {
  const routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  return (rawPath) => {
    if (rawPath.startsWith("/_next/")) return "/_next/*";
    // A client-side navigation asks for the page's RSC payload at `<path>.rsc`.
    const pathname = rawPath.replace(/\.rsc$/, "");
    return routes.find((route) => route.regex.test(pathname))?.page ?? "(unmatched)";
  };
}
