/**
 * A session that adds headers of an attacker's choosing to every request it makes, e.g. a
 * foreign Origin or `x-middleware-subrequest`. Set them after signing in.
 */
import { Session } from "@/lib/cli/http/session";

export class HeaderSession extends Session {
  extraHeaders: Record<string, string> = {};

  override request(method: string, target: string, options: Parameters<Session["request"]>[2] = {}): Promise<Response> {
    return super.request(method, target, { ...options, headers: { ...options.headers, ...this.extraHeaders } });
  }
}
