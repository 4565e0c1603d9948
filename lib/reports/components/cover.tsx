/**
 * Cover page: who it is for, what it assesses, the verdict, and where it comes from. No
 * running header here; the logo appears only on this page so its bytes are embedded once.
 */
// Aliased: react-pdf's Image is a PDF XObject with no alt text (the organization's name is
// printed on the cover), not an HTML <img> for the a11y lint rule.
import { Image as PdfImage, Page, Text, View } from "@react-pdf/renderer";
import { coverLayout, type CoverLayout } from "../cover-layout";
import { formatDate, formatIndex } from "../format";
import type { ReportModel } from "../model";
import { paperHeight } from "../paper";
import { styles } from "../styles";
import { MUTED, RULE, SUBTLE, VERDICT_COLOR } from "../theme";

function Meta({ label, value, wide, layout }: { label: string; value: string; wide?: boolean; layout: CoverLayout }) {
  return (
    <View style={{ width: wide ? "100%" : "50%", paddingRight: 16, marginBottom: layout.factGap }}>
      <Text style={{ fontSize: 7.5, lineHeight: 1.4, fontWeight: 600, color: SUBTLE, textTransform: "uppercase", marginBottom: 2 }}>
        {label}
      </Text>
      <Text style={{ fontSize: 10, lineHeight: 1.4, maxLines: layout.factLines, textOverflow: "ellipsis" }}>{value}</Text>
    </View>
  );
}

export interface ContentsEntry {
  title: string;
  page: number | null;
}

function Contents({ entries, accent }: { entries: readonly ContentsEntry[]; accent: string }) {
  return (
    <View style={{ marginTop: 8, borderTopWidth: 0.75, borderTopColor: RULE, paddingTop: 16 }}>
      <Text style={{ fontSize: 7.5, lineHeight: 1.45, fontWeight: 600, color: SUBTLE, marginBottom: 6 }}>CONTENTS</Text>
      {entries.map((entry, index) => (
        <View key={entry.title} style={{ flexDirection: "row", alignItems: "flex-end", paddingVertical: 3 }}>
          <Text style={{ width: 18, fontSize: 9.5, lineHeight: 1.4, fontWeight: 700, color: accent }}>{String(index + 1)}</Text>
          <Text style={{ flex: 1, fontSize: 9.5, lineHeight: 1.4 }}>{entry.title}</Text>
          <Text style={{ fontSize: 9.5, lineHeight: 1.4, color: MUTED }}>{entry.page === null ? "" : String(entry.page)}</Text>
        </View>
      ))}
    </View>
  );
}

export function Cover({ model, logo, contents }: { model: ReportModel; logo: Buffer | null; contents: readonly ContentsEntry[] }) {
  const { theme, input } = model;
  const verdictColor = VERDICT_COLOR[model.verdict];
  const source = input.source.kind === "snapshot" ? `Snapshot ${input.source.id}` : `Working draft, revision ${input.source.revision}`;
  const facts: [string, string][] = [
    ["Organization", input.organization.name],
    ["Project", input.project.name],
    [input.source.kind === "snapshot" ? "Assessment date" : "Report date", formatDate(model.asOf, model.dateFormat)],
    ["Prepared by", input.preparedBy.trim() || "—"],
    ["Ruleset version", input.evaluation.rulesetVersion],
    input.source.kind === "snapshot"
      ? ["Submitted by", input.source.submittedBy?.trim() || "—"]
      : ["Draft revision", String(input.source.revision)],
  ];
  const footnote = `This report reproduces the assessment and the rule engine's evaluation as recorded${
    input.source.kind === "snapshot" ? " in the snapshot" : ""
  }. It is confidential to ${input.organization.name} and the people it names.`;
  const layout = coverLayout(
    {
      organization: input.organization.name,
      project: input.project.name,
      verdictLine: model.verdictLine,
      facts: facts.map(([, value]) => value),
      source,
      footnote,
      contents: contents.length,
      logo: logo !== null,
    },
    model.page.height,
  );
  const sides = model.page.marginX;
  // One page that never wraps: the layout above is chosen so that everything fits.
  return (
    <Page size={model.page.size} style={[styles.coverPage, paperHeight(model.page)]} wrap={false}>
      <View
        style={{ backgroundColor: theme.accent, paddingHorizontal: sides, paddingTop: layout.bandTop, paddingBottom: layout.bandBottom }}
      >
        <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", marginBottom: layout.belowBrand }}>
          {logo ? (
            <View style={{ backgroundColor: "#ffffff", borderRadius: 4, padding: 8 }}>
              <PdfImage src={logo} style={{ height: 36, maxWidth: 170, objectFit: "contain" }} />
            </View>
          ) : (
            <Text style={{ fontSize: 13, lineHeight: 1.4, fontWeight: 700, color: theme.onAccent, maxWidth: 340 }}>
              {input.organization.name}
            </Text>
          )}
          <Text style={{ fontSize: 7.5, fontWeight: 600, color: theme.onAccent, opacity: 0.85 }}>CONFIDENTIAL</Text>
        </View>
        <Text style={{ fontSize: 9, lineHeight: 1.4, fontWeight: 600, color: theme.onAccent, opacity: 0.85, marginBottom: 10 }}>
          AI INTEGRATION READINESS REPORT
        </Text>
        <Text style={{ fontSize: layout.titleSize, fontWeight: 700, lineHeight: 1.2, color: theme.onAccent }}>{input.project.name}</Text>
        <Text
          style={{ fontSize: 12, lineHeight: 1.4, color: theme.onAccent, opacity: 0.9, marginTop: 8 }}
        >{`Prepared for ${input.organization.name}`}</Text>
      </View>

      <View style={{ paddingHorizontal: sides, paddingTop: layout.bodyTop, flexGrow: 1, flexShrink: 1 }}>
        <View style={{ flexDirection: "row", alignItems: "stretch", marginBottom: layout.belowVerdict }}>
          <View style={{ width: 6, backgroundColor: verdictColor.fg, borderRadius: 1 }} />
          <View style={{ paddingLeft: 14, flex: 1 }}>
            <Text style={{ fontSize: 8, lineHeight: 1.4, fontWeight: 600, color: SUBTLE, marginBottom: 2 }}>VERDICT</Text>
            <Text style={{ fontSize: 24, fontWeight: 700, color: verdictColor.fg, lineHeight: 1.2 }}>{model.verdictLabel}</Text>
            <Text style={{ fontSize: 10.5, lineHeight: 1.4, color: MUTED, marginTop: 4 }}>{model.verdictLine}</Text>
            <Text
              style={{ fontSize: 10.5, lineHeight: 1.4, color: MUTED, marginTop: 2 }}
            >{`Readiness index ${formatIndex(model.index, model.percent)}`}</Text>
          </View>
        </View>

        <View style={{ borderTopWidth: 0.75, borderTopColor: RULE, paddingTop: 18, flexDirection: "row", flexWrap: "wrap" }}>
          {facts.map(([label, value]) => (
            <Meta key={label} label={label} value={value} layout={layout} />
          ))}
          <Meta label="Source" value={source} wide layout={layout} />
        </View>
        <Contents entries={contents} accent={theme.accentText} />
      </View>

      <View style={{ paddingHorizontal: sides, paddingBottom: 34 }}>
        <Text style={{ fontSize: 7.5, color: SUBTLE, lineHeight: 1.5 }}>{footnote}</Text>
      </View>
    </Page>
  );
}
