/**
 * The whole report: cover, executive summary, then each section packed into sheets of
 * about one page (flow.ts). Every section starts on a fresh page.
 */
import { Document, View } from "@react-pdf/renderer";
import { packSheets, type Block } from "../flow";
import { sheetCapacity } from "../paper";
import { metadataDate } from "../format";
import type { ReportModel } from "../model";
import { answersSection } from "./answers";
import { appendixSection } from "./appendix";
import { Cover } from "./cover";
import { findingsSection } from "./findings";
import { PLAN_SECTION_TITLE, planSection } from "./plan";
import { REMEDIATION_SECTION_TITLE, remediationSection } from "./remediation";
import { ContentPage } from "./frame";
import { scoresSection } from "./scores";
import { signOffBlock } from "./sign-off";
import { Summary } from "./summary";

/** Fixed so that two renders of the same input produce the same bytes. */
export const PDF_CREATOR = "Preflight";
export const PDF_PRODUCER = "Preflight report renderer (react-pdf)";

export interface ReportLayout {
  /** The sheets of every section after the summary, in order. */
  sheets: Block[][];
  /** Contents: each section with the index of its first sheet (null: the summary). */
  sections: { title: string; firstSheet: number | null }[];
  /** Height available to a sheet's content on the report's paper. */
  capacity: number;
}

export function reportSheets(model: ReportModel): ReportLayout {
  const sections: ReportLayout["sections"] = [{ title: "Executive summary", firstSheet: null }];
  const sheets: Block[][] = [];
  const capacity = sheetCapacity(model.page.size);
  const remediation = remediationSection(model);
  const plan = planSection(model);
  const parts: [string, Block[]][] = [
    ["Blockers and warnings", findingsSection(model)],
    // The plan follows the findings it turns into work; absent when the project has none.
    ...(remediation.length > 0 ? [[REMEDIATION_SECTION_TITLE, remediation] as [string, Block[]]] : []),
    ["The nine readiness questions", answersSection(model)],
    // The launch plan after the answers it builds on; absent when the document has none.
    ...(plan.length > 0 ? [[PLAN_SECTION_TITLE, plan] as [string, Block[]]] : []),
    ["The seven readiness areas", scoresSection(model)],
    ["Provenance, change history and sign-off", [...appendixSection(model), signOffBlock(model)]],
  ];
  for (const [title, blocks] of parts) {
    sections.push({ title, firstSheet: sheets.length });
    sheets.push(...packSheets(blocks, capacity));
  }
  return { sheets, sections, capacity };
}

/**
 * "fast": every sheet is one page (react-pdf skips its pagination) and page numbers are
 * printed as the sheet count predicts. "safe": sheets may wrap onto more pages and
 * react-pdf counts them ("Page X of Y" via a render prop) — used when a sheet overflowed.
 */
export type RenderMode = "fast" | "safe";

/**
 * Which pages to render, as indices into [cover, summary, ...sheets], `to` excluded: the
 * parts a report is split into for rendering in parallel (render-part.ts). All pages when absent.
 */
export interface PageRange {
  from: number;
  to: number;
}

export function ReportDocument({
  model,
  logo,
  layout,
  mode,
  pages,
  onRender,
}: {
  model: ReportModel;
  logo: Buffer | null;
  layout: ReportLayout;
  mode: RenderMode;
  pages?: PageRange;
  onRender?: (params: unknown) => void;
}) {
  const { input } = model;
  // A snapshot's report is dated by the snapshot, not by the export, so it stays identical.
  const date = metadataDate(model.asOf);
  const { sheets } = layout;
  const total = sheets.length + 2;
  const { from, to } = pages ?? { from: 0, to: total };
  const shown = (page: number) => page >= from && page < to;
  const numbering = (page: number) => (mode === "safe" ? null : { page, total });
  // Page numbers in the contents only where they are known before layout (fast mode).
  const contents = layout.sections.map((section) => ({
    title: section.title,
    page: mode === "safe" ? null : section.firstSheet === null ? 2 : section.firstSheet + 3,
  }));
  return (
    <Document
      title={`${input.project.name} — AI readiness report`}
      author={input.preparedBy.trim() || input.organization.name}
      subject={`AI integration readiness report for ${input.organization.name}: ${model.verdictLabel}`}
      keywords={`Preflight, readiness, ruleset ${input.evaluation.rulesetVersion}`}
      creator={PDF_CREATOR}
      producer={PDF_PRODUCER}
      creationDate={date}
      modificationDate={date}
      language="en"
      onRender={onRender}
    >
      {shown(0) && <Cover model={model} logo={logo} contents={contents} />}
      {shown(1) && (
        <ContentPage model={model} numbering={numbering(2)}>
          <Summary model={model} />
        </ContentPage>
      )}
      {sheets.map((sheet, index) =>
        shown(index + 2) ? (
          <ContentPage key={sheet[0]?.key ?? index} model={model} numbering={numbering(index + 3)} wrap={mode === "safe"}>
            <View>{sheet.map((block) => block.node)}</View>
          </ContentPage>
        ) : null,
      )}
    </Document>
  );
}
