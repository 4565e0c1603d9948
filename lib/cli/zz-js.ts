import { gzipSync } from "node:zlib";
import { Session } from "@/lib/cli/http/session";
const base = "http://localhost:3401";
const s = new Session(base);
await s.signIn("bench@preflight.local", "bench-password-1");
const id = process.argv[2];
for (const p of ["/o/bench", `/o/bench/projects/${id}`]) {
  const html = await (await s.get(p)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]!))];
  let total = 0;
  const rows = [];
  for (const src of srcs) { const b = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer()); const g = gzipSync(b).length; total += g; rows.push([src, b.length, g]); }
  console.log(p, (total / 1024).toFixed(1));
  for (const r of rows.sort((a, b) => (b[2] as number) - (a[2] as number))) console.log("  ", r[0], r[1], ((r[2] as number) / 1024).toFixed(1));
}
