/**
 * A content page: running header (organization, project) and footer (source, ruleset,
 * page X of Y) repeated on every page the content flows onto.
 */
import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import type { Block } from "../flow";
import { textHeight } from "../flow";
import type { ReportModel } from "../model";
import { paperHeight } from "../paper";
import { CONTENT_WIDTH, styles } from "../styles";

/** Page numbers printed as plain text, or null to let react-pdf count (slower, see render-report.ts). */
export type Numbering = { page: number; total: number } | null;

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
  const { theme, input, page } = model;
  const sides = { left: page.marginX, right: page.marginX };
  return (
    <Page size={page.size} style={[styles.page, { paddingHorizontal: page.marginX }, wrap ? {} : paperHeight(page)]} wrap={wrap}>
      <View fixed style={[styles.header, sides, { borderBottomColor: theme.accent }]}>
        <Text style={[styles.headerLeft, { color: theme.accentText }]}>{input.organization.name}</Text>
        <Text style={styles.headerRight}>{`${input.project.name} · AI readiness report`}</Text>
      </View>
      <View style={styles.content}>{children}</View>
      <View fixed style={[styles.footer, sides]}>
        <Text style={styles.footerLeft}>{`${model.sourceLabel} · Ruleset ${input.evaluation.rulesetVersion}`}</Text>
        {numbering ? (
          <Text>{`Page ${numbering.page} of ${numbering.total}`}</Text>
        ) : (
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        )}
      </View>
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
