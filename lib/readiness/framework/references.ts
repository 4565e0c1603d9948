/**
 * The five articles the framework is written from, so a reader can follow a finding's
 * source: a rule cites `"004 §Start with system ownership"` (a file number and the
 * heading as the article writes it), and `readableSource` turns that into
 * `How to Plan a CRM Integration Project Without Delays, section “Start with system ownership”`.
 *
 * Titles and bylines are the articles' own. Article 001 names its publisher but prints no
 * title, so its title here is a description of ours, marked `titleIsDescriptive`.
 */

export interface SeedReference {
  /** The number rules cite: "000" … "004". */
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  /** The author or publisher the article names, when it names one. */
  byline: string | null;
  /** Headings as the article writes them, in article order. */
  sections: readonly string[];
}

export const SEED_REFERENCES: readonly SeedReference[] = [
  {
    id: "000",
    title: "AI Integration Readiness Checklist: 9 Questions Before You Connect Systems",
    titleIsDescriptive: false,
    byline: "TWOHUNDRED",
    sections: [
      "1. Which workflow is the AI integration responsible for?",
      "2. Which system is the source of truth?",
      "3. What data is allowed to enter the AI layer?",
      "4. What should happen when confidence is low?",
      "5. Which actions can the AI system take without approval?",
      "6. How will the integration be tested with real edge cases?",
      "7. What logs will prove the workflow is improving?",
      "8. Who owns maintenance after launch?",
      "9. What is the smallest production workflow worth launching?",
      "The practical readiness rule",
    ],
  },
  {
    id: "001",
    title: "Systems integration checklist for customer operations",
    titleIsDescriptive: true,
    byline: "Red Shore Editorial",
    sections: [
      "1) Define the Operational Outcome First",
      "2) Map Real Workflows, Not Ideal Workflows",
      "3) Assign Data Ownership Explicitly",
      "4) Standardize IDs, Statuses, and Taxonomies",
      "5) Design for Exceptions, Not Only Happy Paths",
      "6) Build Security and Access Controls Into the Design",
      "7) Create a Phased Rollout Plan",
      "8) Define Integration KPIs and Monitoring",
      "9) Prepare Support, Training, and Change Enablement",
      "10) Run Post-Go-Live Stabilization Reviews",
      "Quick Integration Readiness Score",
      "Final Takeaway",
      "What This Looked Like in Practice",
      "Common Mistakes We See",
      "If You Do One Thing This Month",
      "Where This Advice Doesn’t Fit Perfectly",
    ],
  },
  {
    id: "002",
    title: "The 90-Day Integration Reality Check for AI Agents in CRM, ERP, Billing, and ITSM",
    titleIsDescriptive: false,
    byline: "Jamie",
    sections: [
      "Why “automation debt” shows up in the first 90 days",
      "A practical definition of automation debt",
      "The 90-day integration reality check framework",
      "Days 1–30: make write actions safe before you make them fast",
      "Days 31–60: standardize cross-system semantics",
      "Days 61–90: make observability and change management non-negotiable",
      "Common failure modes when agents read and write across systems",
      "What “good” looks like at the end of 90 days",
    ],
  },
  {
    id: "003",
    title: "Automation and AI",
    titleIsDescriptive: false,
    byline: null,
    sections: [
      "Key takeaways",
      "Automation Candidates",
      "AI Use Cases",
      "Approval Levels",
      "Automation Checklist",
      "Automation ROI",
      "Automation Paradox",
    ],
  },
  {
    id: "004",
    title: "How to Plan a CRM Integration Project Without Delays",
    titleIsDescriptive: false,
    byline: null,
    sections: [
      "Why CRM integrations fail so often",
      "Start with system ownership",
      "Define the field mapping as a business document",
      "Design for bad data, not ideal data",
      "Break delivery into milestones",
      "Phase 1: Read-only visibility",
      "Phase 2: Controlled write path",
      "Phase 3: Exception handling",
      "Phase 4: Full rollout",
      "Put API contracts under change control",
      "Build auditability into the first release",
      "Final recommendation",
    ],
  },
];

const BY_ID: ReadonlyMap<string, SeedReference> = new Map(SEED_REFERENCES.map((reference) => [reference.id, reference]));

/** "5. Which…" and "5 Which…", "2) Map…" and "2 Map…" are the same heading; case and spacing do not matter. */
function headingKey(heading: string): string {
  return heading
    .trim()
    .replace(/^(\d+)[.)]?\s*/, "$1 ")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

const SECTION_INDEX: ReadonlyMap<string, string> = new Map(
  SEED_REFERENCES.flatMap((reference) => reference.sections.map((section) => [`${reference.id}|${headingKey(section)}`, section] as const)),
);

export interface CitedSection {
  reference: SeedReference;
  /** The heading as the article writes it. */
  section: string;
}

const CITATION = /^(\d{3}) §(.+)$/;

/** The article and section a rule source cites, or null when it names none we know. */
export function citedSection(source: string): CitedSection | null {
  const match = CITATION.exec(source);
  if (match === null) return null;
  const reference = BY_ID.get(match[1] as string);
  const section = SECTION_INDEX.get(`${match[1]}|${headingKey(match[2] as string)}`);
  return reference === undefined || section === undefined ? null : { reference, section };
}

function readableOne(source: string): string {
  const cited = citedSection(source);
  return cited === null ? source : `${cited.reference.title}, section “${cited.section}”`;
}

/**
 * `"004 §Heading"` → `<Article title>, section “Heading”`; several citations joined by
 * "; " (a plan section's wording may cite two) are each made readable. Anything unknown
 * is returned unchanged.
 */
export function readableSource(source: string): string {
  return source.includes("; ") ? source.split("; ").map(readableOne).join("; ") : readableOne(source);
}

/** The articles among `sources`, each with the sections cited, in article and section order. */
export function referencesCited(sources: Iterable<string>): SeedReference[] {
  const cited = new Set<string>();
  for (const source of sources) {
    const found = citedSection(source);
    if (found !== null) cited.add(`${found.reference.id}|${found.section}`);
  }
  return SEED_REFERENCES.map((reference) => ({
    ...reference,
    sections: reference.sections.filter((section) => cited.has(`${reference.id}|${section}`)),
  })).filter((reference) => reference.sections.length > 0);
}
