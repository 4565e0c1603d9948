/**
 * A content page: running header (organization, project) and footer (source, ruleset,
 * page X of Y) repeated on every page the content flows onto.
 */
import type { ReactNode } from "react";
import { Canvas, Page, Text, View } from "@react-pdf/renderer";
import { clampedLines, drawLines, type DrawnTextStyle, type Painter } from "../drawn-text";
import type { Block } from "../flow";
import { textHeight } from "../flow";
import type { ReportModel } from "../model";
import { paperHeight } from "../paper";
import { CONTENT_WIDTH, styles } from "../styles";
import { MUTED, RULE, SUBTLE } from "../theme";

/** Page numbers printed as plain text, or null to let react-pdf count (slower, see render-report.ts). */
export type Numbering = { page: number; total: number } | null;

const HEADER_TOP = 28;
const FOOTER_BOTTOM = 26;
const CHROME_PADDING = 6;
const HEADER_NAME: DrawnTextStyle = { fontSize: 8, lineHeight: 1.35, fontWeight: 600 };
const HEADER_TITLE: DrawnTextStyle = { ...HEADER_NAME, fontWeight: 400 };
const FOOTER: DrawnTextStyle = { fontSize: 7.5, lineHeight: 1.35, fontWeight: 400 };

/**
 * The running header: organization left, project right, two lines each at most, on an
 * accent rule. Drawn (drawn-text.ts): on a 140-page report its texts were a tenth of the
 * render time.
 */
function RunningHeader({ model }: { model: ReportModel }) {
  const { theme, input } = model;
  const half = CONTENT_WIDTH * 0.48;
  const left = clampedLines(input.organization.name, half, HEADER_NAME, 2);
  const right = clampedLines(`${input.project.name} · AI readiness report`, half, HEADER_TITLE, 2);
  const line = HEADER_NAME.fontSize * HEADER_NAME.lineHeight;
  const text = line * Math.max(left.length, right.length);
  const height = text + CHROME_PADDING + 0.75;
  const paint = (painter: Painter) => {
    // Bottom-aligned, as the two names sit on the rule.
    drawLines(painter, left, 0, text - line * left.length, HEADER_NAME, theme.accentText);
    drawLines(painter, right, CONTENT_WIDTH, text - line * right.length, HEADER_TITLE, MUTED, "right");
    painter.rect(0, height - 0.75, CONTENT_WIDTH, 0.75).fill(theme.accent);
    return null;
  };
  return (
    <Canvas fixed style={{ position: "absolute", top: HEADER_TOP, left: model.page.marginX, width: CONTENT_WIDTH, height }} paint={paint} />
  );
}

/** The running footer: where the report comes from, the ruleset, and page X of Y. */
function RunningFooter({ model, numbering }: { model: ReportModel; numbering: Numbering }) {
  const source = clampedLines(`${model.sourceLabel} · Ruleset ${model.input.evaluation.rulesetVersion}`, CONTENT_WIDTH * 0.75, FOOTER, 1);
  const height = 0.5 + CHROME_PADDING + FOOTER.fontSize * FOOTER.lineHeight;
  const paint = (painter: Painter) => {
    painter.rect(0, 0, CONTENT_WIDTH, 0.5).fill(RULE);
    drawLines(painter, source, 0, 0.5 + CHROME_PADDING, FOOTER, SUBTLE);
    if (numbering)
      drawLines(painter, [`Page ${numbering.page} of ${numbering.total}`], CONTENT_WIDTH, 0.5 + CHROME_PADDING, FOOTER, SUBTLE, "right");
    return null;
  };
  const place = { position: "absolute" as const, bottom: FOOTER_BOTTOM, left: model.page.marginX, width: CONTENT_WIDTH };
  return (
    <>
      <Canvas fixed style={[place, { height }]} paint={paint} />
      {numbering ? null : (
        // Only react-pdf knows the page count when it paginates (safe mode). Not given the
        // canvas's height: react-pdf drops a text that does not fit its box.
        <View fixed style={[place, { alignItems: "flex-end" }]}>
          <Text style={styles.footerNumber} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
      )}
    </>
  );
}

export function ContentPage({
  model,
  numbering,
  wrap = true,
  children,
}: {
  model: ReportModel;
  numbering: Numbering;
  wrap?: boolean;
  children: ReactNode;
}) {
  const { page } = model;
  return (
    <Page size={page.size} style={[styles.page, { paddingHorizontal: page.marginX }, wrap ? {} : paperHeight(page)]} wrap={wrap}>
      <RunningHeader model={model} />
      <View style={styles.content}>{children}</View>
      <RunningFooter model={model} numbering={numbering} />
    </Page>
  );
}

/** Section opener: small accent eyebrow over a large title. */
export function SectionTitle({ model, eyebrow, title }: { model: ReportModel; eyebrow: string; title: string }) {
  return (
    <View>
      <Text style={[styles.eyebrow, { color: model.theme.accentText }]}>{eyebrow}</Text>
      <Text style={styles.h1}>{title}</Text>
    </View>
  );
}

export function sectionTitleBlock(model: ReportModel, eyebrow: string, title: string): Block {
  const height = 8 * 1.45 + 4 + textHeight(title, CONTENT_WIDTH, { fontSize: 20, lineHeight: 1.2, bold: true }) + 14;
  return {
    key: `title:${eyebrow}`,
    height,
    keepWithNext: true,
    node: <SectionTitle key={`title:${eyebrow}`} model={model} eyebrow={eyebrow} title={title} />,
  };
}

/** A block of plain text (lead paragraphs, notes), with its estimated height. */
export function textBlock(
  key: string,
  content: string,
  style: { fontSize: number; lineHeight: number; color?: string; marginTop?: number; marginBottom?: number; fontWeight?: number },
  keepWithNext = false,
): Block {
  const height =
    (style.marginTop ?? 0) +
    (style.marginBottom ?? 0) +
    textHeight(content, CONTENT_WIDTH, { fontSize: style.fontSize, lineHeight: style.lineHeight, bold: (style.fontWeight ?? 400) >= 600 });
  return {
    key,
    height,
    keepWithNext,
    node: (
      <Text key={key} style={style}>
        {content}
      </Text>
    ),
  };
}
