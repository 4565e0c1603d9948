import type { KeyValueStore } from "@/components/workspace/draft-storage";

/** A Map-backed stand-in for localStorage. */
export function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

export interface FakeCall {
  url: string;
  body: unknown;
  keepalive: boolean;
  respond: (status: number, body: unknown) => void;
  fail: () => void;
}

/** A fetch whose responses the test hands out one by one, to observe in-flight behaviour. */
export function controlledFetch(): { fetch: typeof fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetcher: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      calls.push({
        url: String(input),
        body: JSON.parse(String(init?.body)),
        keepalive: init?.keepalive === true,
        respond: (status, body) => resolve(new Response(JSON.stringify(body), { status })),
        fail: () => reject(new TypeError("Failed to fetch")),
      });
    });
  return { fetch: fetcher, calls };
}
