/**
 * Sign-off block: the client and the consultant each confirm the report with name, role,
 * date and signature. Kept whole on one page so signatures never split from their labels.
 */
import { Text, View } from "@react-pdf/renderer";
import { textHeight, type Block } from "../flow";
import type { ReportModel } from "../model";
import { CONTENT_WIDTH, styles } from "../styles";
import { INK, MUTED, SUBTLE } from "../theme";

function Line({ label, value }: { label: string; value?: string }) {
  return (
    <View style={{ marginTop: 14 }}>
      <View style={{ borderBottomWidth: 0.75, borderBottomColor: INK, minHeight: 16, justifyContent: "flex-end", paddingBottom: 2 }}>
        <Text style={{ fontSize: 9.5 }}>{value ?? " "}</Text>
      </View>
      <Text style={{ fontSize: 7, color: SUBTLE, marginTop: 2 }}>{label.toUpperCase()}</Text>
    </View>
  );
}

function Party({ title, subtitle, name }: { title: string; subtitle: string; name?: string }) {
  return (
    <View style={{ flex: 1 }}>
      <Text style={{ fontSize: 10, fontWeight: 700 }}>{title}</Text>
      <Text style={{ fontSize: 8, color: MUTED }}>{subtitle}</Text>
      <Line label="Name" value={name} />
      <Line label="Role" />
      <Line label="Date" />
      <View style={{ marginTop: 14 }}>
        <View style={{ borderBottomWidth: 0.75, borderBottomColor: INK, height: 38 }} />
        <Text style={{ fontSize: 7, color: SUBTLE, marginTop: 2 }}>SIGNATURE</Text>
      </View>
    </View>
  );
}

/** The whole block with its estimated height, for the sheet packer. */
export function signOffBlock(model: ReportModel): Block {
  const statement = signOffStatement(model);
  // Measured: 328 pt for a one-line statement; the statement is the only variable part.
  const height =
    40 +
    13 * 1.3 +
    6 +
    textHeight(statement, CONTENT_WIDTH, { fontSize: 9.5, lineHeight: 1.45 }) +
    4 +
    17.5 +
    14 +
    8 * 1.45 +
    3 * (14 + 16 + 2 + 7 * 1.45) +
    14 +
    38 +
    2 +
    7 * 1.45;
  return { key: "sign-off", height, node: <SignOff key="sign-off" model={model} /> };
}

function signOffStatement(model: ReportModel): string {
  return `By signing, both parties confirm that this report reflects the readiness assessment of “${model.input.project.name}” as recorded, including the verdict “${model.verdictLabel}” and the findings listed.`;
}

export function SignOff({ model }: { model: ReportModel }) {
  const { input, theme } = model;
  return (
    <View wrap={false} style={{ marginTop: 22 }}>
      <Text style={[styles.h2, { marginTop: 0 }]}>D. Sign-off</Text>
      <Text style={[styles.body, { color: MUTED, marginBottom: 4 }]}>{signOffStatement(model)}</Text>
      <View style={{ flexDirection: "row", borderTopWidth: 1.5, borderTopColor: theme.accent, paddingTop: 10, marginTop: 6 }}>
        <Party title="Client" subtitle={input.organization.name} />
        <View style={{ width: 36 }} />
        <Party title="Consultant" subtitle="Prepared the assessment and this report" name={input.preparedBy.trim() || undefined} />
      </View>
    </View>
  );
}
