/**
 * What the request log line needs to know about one request, gathered while the app serves it.
 * The server (lib/cli/serve.ts) opens the context around Next's handler; the auth guards add
 * the user and organization when they learn them. The storage lives on globalThis because
 * serve.ts and the app's server bundle load this module as two separate copies.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
  userId?: string;
  organizationId?: string;
}

const KEY = Symbol.for("preflight.request-context");
type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> };

function storage(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return holder[KEY];
}

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage().run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage().getStore();
}

/** Records who is acting; a no-op outside a request (scripts, `next dev` without serve.ts). */
export function noteActor(actor: { userId?: string; organizationId?: string }): void {
  const context = currentRequestContext();
  if (!context) return;
  if (actor.userId) context.userId = actor.userId;
  if (actor.organizationId) context.organizationId = actor.organizationId;
}
