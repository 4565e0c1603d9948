// fontkit ships no types; the report only reaches into a font's prototypes (fontkit-caches.ts).
declare module "fontkit" {
  export function create(buffer: Buffer): object;
}
