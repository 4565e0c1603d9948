/**
 * The nine answers in full, in question order. One-form questions are label/value rows,
 * list questions are tables; a coloured mark at the left of a row or field shows the
 * worst finding on it. Long answers wrap and flow onto new pages.
 */
import { Text, View } from "@react-pdf/renderer";
import {
  ENUM_LABELS,
  FIELDS,
  LOG_KINDS,
  QUESTIONS,
  areaByKey,
  isAnswered,
  type QuestionDefinition,
  type QuestionKey,
  type Severity,
} from "@/lib/readiness";
import { textHeight, type Block } from "../flow";
import { count, label, labels, text, yesNo } from "../format";
import type { ReportModel } from "../model";
import { CONTENT_WIDTH, styles } from "../styles";
import { MUTED, RULE, SEVERITY_COLOR, SUBTLE } from "../theme";
import { actionsBlocks, dataSourcesBlocks, maintenanceBlocks, sourceOfTruthBlocks, testCasesBlocks } from "./answer-tables";
import { sectionTitleBlock } from "./frame";
import { keyValueBlocks, type Pair } from "./key-value";

const NUMBER_WIDTH = 26;

function QuestionHeading({
  question,
  model,
  badges,
}: {
  question: QuestionDefinition;
  model: ReportModel;
  badges: { text: string; severity: Severity }[];
}) {
  return (
    <View style={{ marginTop: 14, marginBottom: 6 }}>
      <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
        <Text style={{ fontSize: 10.5, lineHeight: 1.45, fontWeight: 700, color: model.theme.accentText, width: NUMBER_WIDTH }}>
          {question.number}
        </Text>
        <Text style={{ fontSize: 10.5, lineHeight: 1.45, fontWeight: 700, flex: 1 }}>{question.title}</Text>
        {badges.map((badge) => (
          <Text
            key={badge.severity}
            style={[
              styles.pill,
              { marginLeft: 4, color: SEVERITY_COLOR[badge.severity].fg, backgroundColor: SEVERITY_COLOR[badge.severity].bg },
            ]}
          >
            {badge.text}
          </Text>
        ))}
      </View>
      <Text
        style={{ fontSize: 7.5, lineHeight: 1.45, color: SUBTLE, marginLeft: NUMBER_WIDTH }}
      >{`Area: ${areaByKey(question.area).label}`}</Text>
    </View>
  );
}

function headingBlock(question: QuestionDefinition, model: ReportModel): Block {
  const badges: { text: string; severity: Severity }[] = [];
  for (const severity of ["blocker", "warning"] as const) {
    const n = model.findings[severity].filter((f) => f.question?.key === question.key).length;
    if (n > 0) badges.push({ text: `${n} ${ENUM_LABELS.severity[severity].toUpperCase()}${n === 1 ? "" : "S"}`, severity });
  }
  const titleWidth = CONTENT_WIDTH - NUMBER_WIDTH - badges.length * 62;
  const height = 14 + textHeight(question.title, titleWidth, { fontSize: 10.5, lineHeight: 1.45, bold: true }) + 7.5 * 1.45 + 6;
  return {
    key: `heading:${question.key}`,
    height,
    keepWithNext: true,
    node: <QuestionHeading key={`heading:${question.key}`} question={question} model={model} badges={badges} />,
  };
}

function fields(model: ReportModel, section: string, entries: readonly [string, string, string][]): Block[] {
  const pairs: Pair[] = entries.map(([field, fieldLabel, value]) => ({
    label: fieldLabel,
    value,
    flag: model.flags.get(`answers.${section}.${field}`),
  }));
  return keyValueBlocks(section, pairs);
}

function logKindsBlock(model: ReportModel): Block {
  const captured = new Set(model.input.document.answers?.logs?.captured ?? []);
  return {
    key: "logs:kinds",
    height: Math.ceil(LOG_KINDS.length / 2) * (8.5 * 1.45 + 5) + 6,
    node: (
      <View key="logs:kinds" style={{ flexDirection: "row", flexWrap: "wrap", marginBottom: 6 }}>
        {LOG_KINDS.map((kind) => (
          <View key={kind} style={{ width: "50%", flexDirection: "row", alignItems: "center", paddingVertical: 2.5 }}>
            <View
              style={{
                width: 8,
                height: 8,
                borderRadius: 1.5,
                marginRight: 6,
                borderWidth: 0.75,
                borderColor: captured.has(kind) ? model.theme.accent : RULE,
                backgroundColor: captured.has(kind) ? model.theme.accent : "transparent",
              }}
            />
            <Text
              style={{ fontSize: 8.5, lineHeight: 1.45, color: captured.has(kind) ? undefined : MUTED }}
            >{`${ENUM_LABELS.captured[kind]}${captured.has(kind) ? "" : " (not captured)"}`}</Text>
          </View>
        ))}
      </View>
    ),
  };
}

function answerBlocks(key: QuestionKey, model: ReportModel): Block[] {
  const answers = model.input.document.answers ?? {};
  switch (key) {
    case "workflow": {
      const w = answers.workflow ?? {};
      const f = FIELDS.workflow;
      const o = FIELDS.outcome;
      return fields(model, "workflow", [
        ["name", f.name.label, text(w.name)],
        ["startEvent", f.startEvent.label, text(w.startEvent)],
        ["endState", f.endState.label, text(w.endState)],
        ["owner", f.owner.label, text(w.owner)],
        ["outcome.metric", `Outcome: ${o.metric.label.toLowerCase()}`, text(w.outcome?.metric)],
        ["outcome.baseline", `Outcome: ${o.baseline.label.toLowerCase()}`, text(w.outcome?.baseline)],
        ["outcome.target", `Outcome: ${o.target.label.toLowerCase()}`, text(w.outcome?.target)],
      ]);
    }
    case "sourceOfTruth":
      return sourceOfTruthBlocks(answers.sourceOfTruth ?? [], model);
    case "dataSources":
      return dataSourcesBlocks(answers.dataSources ?? [], model);
    case "lowConfidence": {
      const l = answers.lowConfidence ?? {};
      const f = FIELDS.lowConfidence;
      return fields(model, "lowConfidence", [
        ["signal", f.signal.label, text(l.signal)],
        ["fallbacks", f.fallbacks.label, labels(ENUM_LABELS.fallbacks, l.fallbacks)],
        ["escalationOwner", f.escalationOwner.label, text(l.escalationOwner)],
        ["escalationTested", f.escalationTested.label, yesNo(l.escalationTested)],
      ]);
    }
    case "actions":
      return actionsBlocks(answers.actions ?? [], model);
    case "testCases":
      return testCasesBlocks(answers.testCases ?? [], model);
    case "logs": {
      const logs = answers.logs ?? {};
      const f = FIELDS.logs;
      return [
        logKindsBlock(model),
        ...fields(model, "logs", [
          ["captured", f.captured.label, `${logs.captured?.length ?? 0} of ${LOG_KINDS.length} log kinds`],
          ["store", f.store.label, text(logs.store)],
          ["retentionDays", f.retentionDays.label, count(logs.retentionDays)],
        ]),
      ];
    }
    case "maintenance":
      return maintenanceBlocks(answers.maintenance ?? {}, model);
    case "firstLaunch": {
      const q = answers.firstLaunch ?? {};
      const f = FIELDS.firstLaunch;
      return fields(model, "firstLaunch", [
        ["scope", f.scope.label, text(q.scope)],
        ["weeklyVolume", f.weeklyVolume.label, count(q.weeklyVolume)],
        ["risk", f.risk.label, label(ENUM_LABELS.risk, q.risk)],
        ["automaticDecisions", f.automaticDecisions.label, yesNo(q.automaticDecisions)],
        ["customerFacingOutput", f.customerFacingOutput.label, yesNo(q.customerFacingOutput)],
        ["reviewPath", f.reviewPath.label, text(q.reviewPath)],
      ]);
    }
  }
}

function legendBlock(): Block {
  return {
    key: "answers:legend",
    height: 8 * 1.45 + 2,
    node: (
      <View key="answers:legend" style={{ flexDirection: "row", marginTop: 2 }}>
        {(["blocker", "warning"] as const).map((severity) => (
          <View key={severity} style={{ flexDirection: "row", alignItems: "center", marginRight: 14 }}>
            <View style={{ width: 2.5, height: 9, backgroundColor: SEVERITY_COLOR[severity].fg, marginRight: 5 }} />
            <Text style={styles.small}>{`${ENUM_LABELS.severity[severity]} on this row or field`}</Text>
          </View>
        ))}
      </View>
    ),
  };
}

export function answersSection(model: ReportModel): Block[] {
  const project = model.input.document.project ?? {};
  const blocks: Block[] = [
    sectionTitleBlock(model, "Answers", "The nine readiness questions"),
    ...keyValueBlocks("project", [
      { label: FIELDS.project.description.label, value: text(project.description) },
      { label: FIELDS.project.systems.label, value: labels(ENUM_LABELS.systems, project.systems) },
    ]),
    legendBlock(),
  ];
  for (const question of QUESTIONS) {
    blocks.push(headingBlock(question, model));
    if (isAnswered(model.input.document, question.key)) {
      blocks.push(...answerBlocks(question.key, model));
    } else {
      blocks.push({
        key: `unanswered:${question.key}`,
        height: 9.5 * 1.45,
        node: (
          <Text key={`unanswered:${question.key}`} style={[styles.placeholder, { marginLeft: NUMBER_WIDTH }]}>
            Not answered yet.
          </Text>
        ),
      });
    }
  }
  return blocks;
}
