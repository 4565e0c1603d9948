// Entry of a report render thread (render-pool.ts). Plain JavaScript, so that Node can
// start it as it is; tsx then loads the TypeScript renderer the same way in `next start`,
// tests and benchmarks.
import { tsImport } from "tsx/esm/api";

await tsImport("./render-worker.ts", import.meta.url);
