/**
 * Tables as blocks for the sheet packer (flow.ts): a header row kept with the first row,
 * one block per row, and the header repeated (marked "continued") at the top of every
 * further sheet the table runs onto. A row too tall for a page still flows over pages.
 */
import { Text, View } from "@react-pdf/renderer";
import type { Severity } from "@/lib/readiness";
import { omittedLine } from "../budget";
import { drawnLines, type DrawnTextStyle } from "../drawn-text";
import { textHeight, type Block } from "../flow";
import { EMPTY } from "../format";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, RULE, SEVERITY_COLOR, SUBTLE, type ReportTheme } from "../theme";
import { DRAWN_ROW_MAX_HEIGHT, DrawnRow, drawnHeader, FLAG_WIDTH, type PlacedCell } from "./drawn-row";

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
  /**
   * Printed under the row's cells, across all columns but the first, as "Header: value";
   * left out when empty. For a long text most rows lack (a status row's value map), which
   * in a column of its own would make every row tall and narrow.
   */
  detail?: boolean;
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

const CELL_PADDING_X = 4;
const CELL_PADDING_Y = 4;
const TD = { fontSize: 8.5, lineHeight: 1.35 };

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

const TD_STYLE: DrawnTextStyle = { fontSize: TD.fontSize, lineHeight: TD.lineHeight, fontWeight: 400 };
const TD_STRONG: DrawnTextStyle = { ...TD_STYLE, fontWeight: 600 };
const LINE = TD.fontSize * TD.lineHeight;
/** Between a row's cells and its detail lines. */
const DETAIL_GAP = 2;

const isDetail = <Row,>(column: Column<Row>): column is TextColumn<Row> => !isFlag(column) && column.detail === true;

/** A row laid out by react-pdf, for a row too tall to draw (DRAWN_ROW_MAX_HEIGHT). */
function FlowingRow({
  cells,
  widths,
  details,
  severity,
  last,
}: {
  cells: readonly PlacedCell[];
  widths: readonly number[];
  details: readonly PlacedCell[];
  severity: Severity | undefined;
  last: boolean;
}) {
  const text = (cell: PlacedCell, width: number, key: number) =>
    "flag" in cell ? (
      <View key={key} style={{ width, paddingHorizontal: CELL_PADDING_X, paddingVertical: CELL_PADDING_Y }}>
        <FlagDot value={cell.flag} risky={cell.risky} />
      </View>
    ) : (
      <Text key={key} style={[styles.td, { width, fontWeight: cell.style.fontWeight, color: cell.color }]}>
        {cell.lines.join("\n")}
      </Text>
    );
  return (
    <View style={[{ borderBottomWidth: 0.5, borderBottomColor: RULE, paddingLeft: FLAG_WIDTH }, last ? { marginBottom: 8 } : {}]}>
      <FlagMark severity={severity} />
      <View style={styles.row}>{cells.map((cell, i) => text(cell, widths[i]!, i))}</View>
      {details.map((cell, i) => (
        <View key={i} style={{ paddingLeft: widths[0]!, marginTop: -CELL_PADDING_Y }}>
          {text(cell, CONTENT_WIDTH - FLAG_WIDTH - widths[0]!, i)}
        </View>
      ))}
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
  const inline = columns.filter((column) => !isDetail(column));
  const details = columns.filter(isDetail);
  const total = inline.reduce((sum, column) => sum + column.width, 0);
  const widths = inline.map((column) => ((CONTENT_WIDTH - FLAG_WIDTH) * column.width) / total);
  const lefts = widths.map((_, i) => FLAG_WIDTH + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  // Detail lines run under every column but the first (a row number or a name).
  const detailLeft = inline.length > 1 ? lefts[1]! : FLAG_WIDTH;
  const detailWidth = CONTENT_WIDTH - detailLeft - 2 * CELL_PADDING_X;
  const headers = inline.map((column) => column.header);
  const header = drawnHeader({ key: `${key}:header`, headers, lefts, widths, padding: CELL_PADDING_X, theme });
  const continued = drawnHeader({
    key: `${key}:continued`,
    headers,
    lefts,
    widths,
    padding: CELL_PADDING_X,
    theme,
    caption: continuedCaption,
  });
  const continuation = { node: continued.node, height: continued.height };
  const blocks: Block[] = [{ key: `${key}:header`, height: header.height, node: header.node, keepWithNext: true }];
  rows.forEach((row, index) => {
    const cells: PlacedCell[] = inline.map((column, i) => {
      const x = lefts[i]! + CELL_PADDING_X;
      if (isFlag(column)) return { x, y: CELL_PADDING_Y, flag: column.flag(row), risky: column.risky };
      const value = column.cell(row, index);
      const style = column.strong ? TD_STRONG : TD_STYLE;
      const color = value === EMPTY ? SUBTLE : (column.tone?.(row) ?? INK);
      return { x, y: CELL_PADDING_Y, lines: drawnLines(value, widths[i]! - 2 * CELL_PADDING_X, style), style, color };
    });
    let height = CELL_PADDING_Y + LINE * Math.max(1, ...cells.map((cell) => ("lines" in cell ? cell.lines.length : 1)));
    const detailCells: PlacedCell[] = [];
    for (const column of details) {
      const value = column.cell(row, index);
      if (value === EMPTY) continue;
      const lines = drawnLines(`${column.header}: ${value}`, detailWidth, TD_STYLE);
      detailCells.push({
        x: detailLeft + CELL_PADDING_X,
        y: height + DETAIL_GAP,
        lines,
        style: TD_STYLE,
        color: column.tone?.(row) ?? INK,
      });
      height += DETAIL_GAP + LINE * lines.length;
    }
    height += CELL_PADDING_Y + 0.5;
    const last = index === rows.length - 1;
    const severity = flagOf?.(row, index);
    blocks.push({
      key: `${key}:${index}`,
      height: height + (last ? 8 : 0),
      continuation,
      node:
        height <= DRAWN_ROW_MAX_HEIGHT ? (
          <DrawnRow
            key={`${key}:${index}`}
            cells={[...cells, ...detailCells]}
            height={height}
            severity={severity}
            marginBottom={last ? 8 : 0}
          />
        ) : (
          <FlowingRow key={`${key}:${index}`} cells={cells} widths={widths} details={detailCells} severity={severity} last={last} />
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
