/**
 * Tables as blocks for the sheet packer (flow.ts): a header row kept with the first row,
 * one block per row, and the header repeated (marked "continued") at the top of every
 * further sheet the table runs onto. A row too tall for a page still flows over pages.
 */
import { Text, View } from "@react-pdf/renderer";
import type { Severity } from "@/lib/readiness";
import { omittedLine } from "../budget";
import { textHeight, type Block } from "../flow";
import { EMPTY } from "../format";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, SEVERITY_COLOR, SUBTLE, type ReportTheme } from "../theme";

interface BaseColumn {
  header: string;
  /** Relative width (flex weight). */
  width: number;
}

export interface TextColumn<Row> extends BaseColumn {
  cell: (row: Row, index: number) => string;
  strong?: boolean;
  /** Text colour for this cell, when the value itself is a warning sign. */
  tone?: (row: Row) => string | undefined;
}

/**
 * A yes/no column drawn as a dot (filled = yes, ring = no, dash = not stated). Shapes
 * instead of words keep a wide table of flags legible — and cheap: text is the costly
 * part of a react-pdf layout. The risky value is drawn in the warning colour.
 */
export interface FlagColumn<Row> extends BaseColumn {
  flag: (row: Row) => boolean | undefined;
  risky: boolean;
}

export type Column<Row> = TextColumn<Row> | FlagColumn<Row>;

const isFlag = <Row,>(column: Column<Row>): column is FlagColumn<Row> => "flag" in column;

// Filled shapes only: a stroked border costs several times more to draw than a fill.
function FlagDot({ value, risky }: { value: boolean | undefined; risky: boolean }) {
  if (value === undefined) return <View style={{ width: 6, height: 0.8, backgroundColor: SUBTLE, marginTop: 6 }} />;
  const color = value === risky ? SEVERITY_COLOR.warning.fg : INK;
  return (
    <View
      style={{
        width: 7,
        height: 7,
        borderRadius: 3.5,
        marginTop: 3,
        backgroundColor: color,
        alignItems: "center",
        justifyContent: "center",
      }}
    >
      {value ? null : <View style={{ width: 4.6, height: 4.6, borderRadius: 2.3, backgroundColor: "#ffffff" }} />}
    </View>
  );
}

/** The key to the dots, shown above a table that has flag columns. */
export function FlagLegend() {
  const item = (value: boolean | undefined, risky: boolean, label: string) => (
    <View style={{ flexDirection: "row", alignItems: "flex-start", marginRight: 12 }}>
      <FlagDot value={value} risky={risky} />
      <Text style={{ fontSize: 7.5, lineHeight: 1.45, color: MUTED, marginLeft: 4 }}>{label}</Text>
    </View>
  );
  return (
    <View style={{ flexDirection: "row", marginBottom: 4 }}>
      {item(true, false, "Yes")}
      {item(false, true, "No")}
      {item(undefined, false, "Not stated")}
      {item(true, true, "Amber: the answer that carries risk")}
    </View>
  );
}

const FLAG_WIDTH = 2.5;
const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 4;
const TD = { fontSize: 8.5, lineHeight: 1.35 };
const TH = { fontSize: 7, lineHeight: 1.25, bold: true };

/**
 * The severity mark at the left edge of a row: absolutely positioned and only drawn when
 * there is a finding, since every drawn view costs layout and render time.
 */
export function FlagMark({ severity }: { severity: Severity | undefined }) {
  if (!severity) return null;
  return (
    <View style={{ position: "absolute", left: 0, top: 0, bottom: 0, width: FLAG_WIDTH, backgroundColor: SEVERITY_COLOR[severity].fg }} />
  );
}

function HeaderRow({
  headers,
  widths,
  theme,
  caption,
}: {
  headers: readonly string[];
  widths: readonly number[];
  theme: ReportTheme;
  caption?: string;
}) {
  return (
    <View>
      {caption ? <Text style={{ fontSize: 7.5, lineHeight: 1.45, color: SUBTLE, marginBottom: 3 }}>{caption}</Text> : null}
      <View
        style={[
          styles.tableHeader,
          { backgroundColor: theme.accentTint, borderBottomColor: theme.accent, borderTopWidth: 0.75, borderTopColor: theme.accent },
        ]}
      >
        <View style={{ width: FLAG_WIDTH }} />
        {headers.map((header, i) => (
          <Text key={header} style={[styles.th, { width: widths[i] }]}>
            {header}
          </Text>
        ))}
      </View>
    </View>
  );
}

export function tableBlocks<Row>({
  key,
  columns,
  rows,
  theme,
  flagOf,
  continuedCaption,
  omitted = 0,
}: {
  key: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  theme: ReportTheme;
  flagOf?: (row: Row, index: number) => Severity | undefined;
  /** Shown above the repeated header, e.g. "Q5 · Actions (continued)". */
  continuedCaption: string;
  /** Rows left out by the report's budget (budget.ts), said after the last one shown. */
  omitted?: number;
}): Block[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => ((CONTENT_WIDTH - FLAG_WIDTH) * column.width) / total);
  const headers = columns.map((column) => column.header);
  const headerHeight = Math.max(...headers.map((h, i) => textHeight(h, widths[i]! - 2 * CELL_PADDING_X, TH))) + 2 * CELL_PADDING_Y + 1.5;
  const header = <HeaderRow key={`${key}:header`} headers={headers} widths={widths} theme={theme} />;
  const continuation = {
    node: <HeaderRow key={`${key}:continued`} headers={headers} widths={widths} theme={theme} caption={continuedCaption} />,
    height: headerHeight + 7.5 * 1.45 + 3,
  };
  const blocks: Block[] = [{ key: `${key}:header`, height: headerHeight, node: header, keepWithNext: true }];
  rows.forEach((row, index) => {
    const cells = columns.map((column) => (isFlag(column) ? "" : column.cell(row, index)));
    const height =
      Math.max(
        ...cells.map((cell, i) => {
          const column = columns[i]!;
          return textHeight(cell, widths[i]! - 2 * CELL_PADDING_X, { ...TD, bold: !isFlag(column) && column.strong });
        }),
      ) +
      2 * CELL_PADDING_Y +
      0.5;
    const last = index === rows.length - 1;
    blocks.push({
      key: `${key}:${index}`,
      height: height + (last ? 8 : 0),
      continuation,
      node: (
        <View key={`${key}:${index}`} style={[styles.tr, { paddingLeft: FLAG_WIDTH }, last ? { marginBottom: 8 } : {}]}>
          <FlagMark severity={flagOf?.(row, index)} />
          {columns.map((column, i) =>
            isFlag(column) ? (
              <View key={column.header} style={{ width: widths[i], paddingHorizontal: CELL_PADDING_X, paddingVertical: CELL_PADDING_Y }}>
                <FlagDot value={column.flag(row)} risky={column.risky} />
              </View>
            ) : (
              <Text
                key={column.header}
                style={[
                  styles.td,
                  { width: widths[i] },
                  column.strong ? { fontWeight: 600 } : {},
                  { color: cells[i] === EMPTY ? SUBTLE : (column.tone?.(row) ?? INK) },
                ]}
              >
                {cells[i]}
              </Text>
            ),
          )}
        </View>
      ),
    });
  });
  if (omitted > 0) blocks.push(omittedBlock(`${key}:omitted`, omittedLine(omitted, "row")));
  return blocks;
}

/** The budget's "…and N more rows" line under a shortened table or list. */
export function omittedBlock(key: string, line: string): Block {
  return {
    key,
    height: textHeight(line, CONTENT_WIDTH, { fontSize: 8, lineHeight: 1.45 }) + 10,
    node: (
      <Text key={key} style={{ fontSize: 8, lineHeight: 1.45, color: MUTED, marginTop: -2, marginBottom: 8 }}>
        {line}
      </Text>
    ),
  };
}

export interface Pair {
  label: string;
  value: string;
  flag?: Severity;
}

const KV_KEY_WIDTH = 150;

/** Label/value rows for the one-form questions (Q1, Q4, Q7, Q9) and the appendix. */
export function keyValueBlocks(key: string, pairs: readonly Pair[]): Block[] {
  return pairs.map((pair, index) => {
    const last = index === pairs.length - 1;
    const height =
      Math.max(
        textHeight(pair.label, KV_KEY_WIDTH - 16, { fontSize: 8.5, lineHeight: 1.45 }),
        textHeight(pair.value, CONTENT_WIDTH - KV_KEY_WIDTH - FLAG_WIDTH, { fontSize: 9, lineHeight: 1.45 }),
      ) +
      8.5 +
      (last ? 6 : 0);
    return {
      key: `${key}:${pair.label}`,
      height,
      node: (
        <View key={`${key}:${pair.label}`} style={[styles.kvRow, { paddingLeft: FLAG_WIDTH }, last ? { marginBottom: 6 } : {}]}>
          <FlagMark severity={pair.flag} />
          <Text style={[styles.kvKey, { paddingLeft: 6 }]}>{pair.label}</Text>
          <Text style={[styles.kvValue, pair.value === EMPTY ? { color: SUBTLE } : {}]}>{pair.value}</Text>
        </View>
      ),
    };
  });
}
