/**
 * The nine readiness questions (seed 000), in the product's own words. `why` is shown
 * under the title in the workspace; `goodAnswer` is the target the rules check against.
 */
import { QUESTION_KEYS, type AreaKey, type QuestionKey } from "../keys";
import { QUESTION_AREA } from "./areas";

export interface QuestionDefinition {
  key: QuestionKey;
  /** "Q1".."Q9". */
  number: string;
  title: string;
  /** Why the question matters, one or two sentences. */
  why: string;
  /** What a good answer looks like. */
  goodAnswer: string;
  /** Whether the answer is one form or a table of rows. */
  shape: "form" | "rows";
  /** The readiness area that covers this question. */
  area: AreaKey;
  /** Seed section the question derives from. */
  source: string;
}

type QuestionText = Omit<QuestionDefinition, "key" | "number" | "area">;

const TEXT: Record<QuestionKey, QuestionText> = {
  workflow: {
    title: "Which workflow is the integration responsible for?",
    why: "“Add AI to the CRM” cannot be tested. A named workflow with a trigger, a finish line and an accountable person can, and every other answer is measured against it.",
    goodAnswer:
      "One operational workflow, written as a handoff between systems and people: the event that starts it, the state that ends it, the business owner who answers for it, and one metric with today’s baseline and a target.",
    shape: "form",
    source: "000 §1 Which workflow is the AI integration responsible for?",
  },
  sourceOfTruth: {
    title: "Which system is the source of truth?",
    why: "When every connected tool is treated as authoritative, two systems overwrite the same record for different reasons and the AI repeats whichever value it saw last.",
    goodAnswer:
      "One row per business object in scope, each with exactly one owning system, the AI’s access (read, suggest, update or trigger), the sync direction, and a written rule for which value wins in a conflict.",
    shape: "rows",
    source: "000 §2 Which system is the source of truth?",
  },
  dataSources: {
    title: "What data may enter the AI layer?",
    why: "An integration opens new data paths: a summary can carry a field to someone who could never open the record it came from, and a provider may keep what it is sent.",
    goodAnswer:
      "Each source has a stated purpose, its sensitivity classes, a known answer on whether the provider retains or trains on inputs, whether it can run redacted, and an output audience that may also see the source.",
    shape: "rows",
    source: "000 §3 What data is allowed to enter the AI layer?",
  },
  lowConfidence: {
    title: "What happens when confidence is low?",
    why: "Every workflow has uncertain cases. Without a designed escalation path people improvise one in chat threads and manual overrides, and a handoff that silently misroutes only looks like coverage.",
    goodAnswer:
      "A defined confidence signal, at least one safe fallback, a named escalation owner or queue, and proof that the escalation path works end to end.",
    shape: "form",
    source: "000 §4 What should happen when confidence is low?",
  },
  actions: {
    title: "Which actions may the AI take without approval?",
    why: "Reading, drafting, recommending, updating and triggering carry different risks. Automatic writes that reach customers, money, contracts or consent are where automation debt becomes an incident.",
    goodAnswer:
      "Every action listed with its kind and target system. Customer-facing, high-impact and irreversible actions stay at Suggest or Draft; writes carry a dedupe key and run in shadow mode before going live.",
    shape: "rows",
    source: "000 §5 Which actions can the AI system take without approval?",
  },
  testCases: {
    title: "How will it be tested with real edge cases?",
    why: "A tidy demo set hides the risk. Duplicates, missing fields, outdated policy text and refund disputes are what production actually sends.",
    goodAnswer:
      "At least five cases taken from messy real records, including a legal or refund-risk case whenever actions touch revenue or consent, each with a written expected behaviour and none failing.",
    shape: "rows",
    source: "000 §6 How will the integration be tested with real edge cases?",
  },
  logs: {
    title: "What logs will prove it is improving?",
    why: "If measurement is not decided before launch, the team argues from anecdotes and cannot tell whether the integration helps or where it is unsafe.",
    goodAnswer:
      "At least four of the eight log kinds, always including approval decisions when people approve outputs, kept in a named store for a stated retention period.",
    shape: "form",
    source: "000 §7 What logs will prove the workflow is improving?",
  },
  maintenance: {
    title: "Who owns maintenance after launch?",
    why: "Integrations decay: fields are renamed, policies change, vendors ship new API versions. Without owners the integration becomes one more automation nobody trusts.",
    goodAnswer: "A named person or team for each of the seven duties, failed-workflow triage first of all.",
    shape: "form",
    source: "000 §8 Who owns maintenance after launch?",
  },
  firstLaunch: {
    title: "What is the smallest production workflow worth launching?",
    why: "The first launch should be narrow enough to control and busy enough to learn from. High-risk automatic decisions and unreviewed customer-facing output make poor first candidates.",
    goodAnswer:
      "A tight first scope with its expected weekly volume, a risk profile that is not high with automatic decisions, and a review path for anything a customer will see.",
    shape: "form",
    source: "000 §9 What is the smallest production workflow worth launching?",
  },
};

export const QUESTIONS: readonly QuestionDefinition[] = QUESTION_KEYS.map((key, index) => ({
  key,
  number: `Q${index + 1}`,
  area: QUESTION_AREA[key],
  ...TEXT[key],
}));

const BY_KEY = new Map<QuestionKey, QuestionDefinition>(QUESTIONS.map((question) => [question.key, question]));

export function questionByKey(key: QuestionKey): QuestionDefinition {
  return BY_KEY.get(key) as QuestionDefinition;
}
