// pdfkit ships no types; the report only reaches into its document prototype (pdfkit-font-cache.ts).
declare module "pdfkit" {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
