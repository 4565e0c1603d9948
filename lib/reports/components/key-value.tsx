/**
 * Label/value rows, for the one-form questions (Q1, Q4, Q7, Q9), the plan's forms and the
 * appendix: drawn as table rows are (drawn-row.tsx), with the label muted on the left.
 */
import { Text, View } from "@react-pdf/renderer";
import type { Severity } from "@/lib/readiness";
import { drawnLines, type DrawnTextStyle } from "../drawn-text";
import type { Block } from "../flow";
import { EMPTY } from "../format";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, SUBTLE } from "../theme";
import { DRAWN_ROW_MAX_HEIGHT, DrawnRow, FLAG_WIDTH, type PlacedCell } from "./drawn-row";
import { FlagMark } from "./table";

export interface Pair {
  label: string;
  value: string;
  flag?: Severity;
}

const KV_KEY_WIDTH = 150;

const KV_LABEL: DrawnTextStyle = { fontSize: 8.5, lineHeight: 1.45, fontWeight: 400 };
const KV_VALUE: DrawnTextStyle = { fontSize: 9, lineHeight: 1.45, fontWeight: 400 };
const KV_LABEL_INSET = 6;
const KV_GAP = 10;
const KV_PADDING_Y = 4;

export function keyValueBlocks(key: string, pairs: readonly Pair[]): Block[] {
  const labelWidth = KV_KEY_WIDTH - KV_LABEL_INSET - KV_GAP;
  const valueLeft = FLAG_WIDTH + KV_KEY_WIDTH;
  return pairs.map((pair, index) => {
    const last = index === pairs.length - 1;
    const label = drawnLines(pair.label, labelWidth, KV_LABEL);
    const value = drawnLines(pair.value, CONTENT_WIDTH - valueLeft, KV_VALUE);
    const height =
      Math.max(label.length * KV_LABEL.fontSize * KV_LABEL.lineHeight, value.length * KV_VALUE.fontSize * KV_VALUE.lineHeight) +
      2 * KV_PADDING_Y +
      0.5;
    const valueColor = pair.value === EMPTY ? SUBTLE : INK;
    const cells: PlacedCell[] = [
      { x: FLAG_WIDTH + KV_LABEL_INSET, y: KV_PADDING_Y, lines: label, style: KV_LABEL, color: MUTED },
      { x: valueLeft, y: KV_PADDING_Y, lines: value, style: KV_VALUE, color: valueColor },
    ];
    const rowKey = `${key}:${pair.label}`;
    return {
      key: rowKey,
      height: height + (last ? 6 : 0),
      node:
        height <= DRAWN_ROW_MAX_HEIGHT ? (
          <DrawnRow key={rowKey} cells={cells} height={height} severity={pair.flag} marginBottom={last ? 6 : 0} />
        ) : (
          <View key={rowKey} style={[styles.kvRow, { paddingLeft: FLAG_WIDTH }, last ? { marginBottom: 6 } : {}]}>
            <FlagMark severity={pair.flag} />
            <Text style={[styles.kvKey, { paddingLeft: KV_LABEL_INSET }]}>{pair.label}</Text>
            <Text style={[styles.kvValue, { color: valueColor }]}>{pair.value}</Text>
          </View>
        ),
    };
  });
}
