"use client";

/** The list questions: Q2 sources of truth, Q3 data sources, Q5 actions, Q6 test cases. */
import {
  ACTION_KINDS,
  AI_ACCESS,
  APPROVAL_LEVELS,
  ENUM_LABELS,
  FIELDS,
  PROVIDER_RETENTION,
  SENSITIVITY_CLASSES,
  SYNC_DIRECTIONS,
  SYSTEMS,
  TEST_CATEGORIES,
  TEST_STATUSES,
} from "@/lib/readiness/client";
import { CheckboxGroupField, EnumField, TriStateField, optionsFor } from "./choice-fields";
import { describeValue, rowNoun } from "@/lib/readiness/describe-path";
import { excerpt } from "@/lib/workspace/row-titles";
import { ActionContract } from "./action-contract";
import { ObjectField } from "./object-field";
import { RowList, type Row } from "./row-list";
import { memo } from "react";
import { CommaListField, TextField } from "./text-fields";

const SYSTEM_OPTIONS = optionsFor(SYSTEMS, ENUM_LABELS.systems);
const wide = "@xl:col-span-2";

// Each list's row fields, declared once here (not inline) so rows can skip re-rendering them.

const SourceOfTruthFields = memo(function SourceOfTruthFields({ path: p }: { path: string }) {
  const f = FIELDS.sourceOfTruth;
  return (
    <>
      <ObjectField path={`${p}.object`} />
      <EnumField path={`${p}.owningSystem`} text={f.owningSystem} options={SYSTEM_OPTIONS} />
      <EnumField path={`${p}.aiAccess`} text={f.aiAccess} options={optionsFor(AI_ACCESS, ENUM_LABELS.aiAccess)} />
      <EnumField path={`${p}.syncDirection`} text={f.syncDirection} options={optionsFor(SYNC_DIRECTIONS, ENUM_LABELS.syncDirection)} />
      <div className={wide}>
        <TextField path={`${p}.conflictRule`} text={f.conflictRule} long />
      </div>
    </>
  );
});

const DataSourceFields = memo(function DataSourceFields({ path: p }: { path: string }) {
  const f = FIELDS.dataSources;
  return (
    <>
      <TextField path={`${p}.name`} text={f.name} />
      <EnumField
        path={`${p}.providerRetention`}
        text={f.providerRetention}
        options={optionsFor(PROVIDER_RETENTION, ENUM_LABELS.providerRetention)}
      />
      <div className={wide}>
        <TextField path={`${p}.purpose`} text={f.purpose} long />
      </div>
      <div className={wide}>
        <CheckboxGroupField
          path={`${p}.sensitivity`}
          text={f.sensitivity}
          options={optionsFor(SENSITIVITY_CLASSES, ENUM_LABELS.sensitivity)}
        />
      </div>
      <TriStateField path={`${p}.canRunRedacted`} text={f.canRunRedacted} />
      <TriStateField path={`${p}.audienceMaySeeSource`} text={f.audienceMaySeeSource} />
      <div className={wide}>
        <CommaListField path={`${p}.outputAudience`} text={f.outputAudience} />
      </div>
    </>
  );
});

const ActionFields = memo(function ActionFields({ path: p }: { path: string }) {
  const f = FIELDS.actions;
  return (
    <>
      <TextField path={`${p}.name`} text={f.name} />
      <EnumField path={`${p}.targetSystem`} text={f.targetSystem} options={SYSTEM_OPTIONS} />
      <EnumField path={`${p}.kind`} text={f.kind} options={optionsFor(ACTION_KINDS, ENUM_LABELS.kind)} />
      <EnumField path={`${p}.approval`} text={f.approval} options={optionsFor(APPROVAL_LEVELS, ENUM_LABELS.approval)} />
      <TriStateField path={`${p}.customerFacing`} text={f.customerFacing} />
      <TriStateField path={`${p}.reversible`} text={f.reversible} />
      <TriStateField path={`${p}.touchesRevenueComplianceOrCx`} text={f.touchesRevenueComplianceOrCx} />
      <TriStateField path={`${p}.touchesPricingContractsOrConsent`} text={f.touchesPricingContractsOrConsent} />
      <TriStateField path={`${p}.idempotencyKey`} text={f.idempotencyKey} />
      <TriStateField path={`${p}.shadowModeFirst`} text={f.shadowModeFirst} />
      <div className={wide}>
        <ActionContract path={p} />
      </div>
    </>
  );
});

const TestCaseFields = memo(function TestCaseFields({ path: p }: { path: string }) {
  const f = FIELDS.testCases;
  return (
    <>
      <div className={wide}>
        <TextField path={`${p}.scenario`} text={f.scenario} long />
      </div>
      <EnumField path={`${p}.category`} text={f.category} options={optionsFor(TEST_CATEGORIES, ENUM_LABELS.category)} />
      <EnumField path={`${p}.status`} text={f.status} options={optionsFor(TEST_STATUSES, ENUM_LABELS.status)} />
      <div className={wide}>
        <TextField path={`${p}.expectedBehavior`} text={f.expectedBehavior} long />
      </div>
    </>
  );
});

const objectSummary = (row: Row) => (typeof row.object === "string" ? describeValue("object", row.object) : undefined);
const nameSummary = (row: Row) => excerpt(row.name);
const scenarioSummary = (row: Row) => excerpt(row.scenario);

// Estimates are the rows' usual heights on a desktop screen; the list measures the real ones.
export const SourceOfTruthRows = memo(function SourceOfTruthRows() {
  return (
    <RowList section="sourceOfTruth" noun={rowNoun("sourceOfTruth")} summary={objectSummary} Fields={SourceOfTruthFields} estimate={330} />
  );
});

export const DataSourceRows = memo(function DataSourceRows() {
  return <RowList section="dataSources" noun={rowNoun("dataSources")} summary={nameSummary} Fields={DataSourceFields} estimate={560} />;
});

export const ActionRows = memo(function ActionRows() {
  return <RowList section="actions" noun={rowNoun("actions")} summary={nameSummary} Fields={ActionFields} estimate={560} />;
});

export const TestCaseRows = memo(function TestCaseRows() {
  return <RowList section="testCases" noun={rowNoun("testCases")} summary={scenarioSummary} Fields={TestCaseFields} estimate={400} />;
});
