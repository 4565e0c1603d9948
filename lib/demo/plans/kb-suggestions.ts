/**
 * Knowledge-base article suggestions (ready): the knowledge team publishes by hand, so ROI is
 * declared not applicable (the case is answer quality, not hours saved).
 */
import { accessControls, enablement, exceptions, kpi, mappingSheet, rollout, workflowMap } from "./build-plan";
import { supportDeskApi } from "./shared-apis";
import type { DemoPlanBuilder } from "./types";

export const kbSuggestionsPlan: DemoPlanBuilder = (today) => ({
  plan: {
    workflowMap: workflowMap([
      ["Agents tag tickets 'kb-gap' when no article fits", "Tier 1 agents", "support_desk", "Knowledge team"],
      [
        "Knowledge manager exports tagged tickets to a spreadsheet weekly",
        "Lena Vogt (Knowledge Manager)",
        "support_desk",
        "Knowledge writers",
        "mr",
      ],
      ["Writer drafts the article in the help centre", "Knowledge writers", "support_desk", "Lena Vogt (Knowledge Manager)"],
      ["Knowledge manager reviews and publishes", "Lena Vogt (Knowledge Manager)", "support_desk", "Tier 1 agents"],
    ]),
    fieldMappings: mappingSheet([
      {
        object: "ticket",
        from: "support_desk",
        to: "other",
        conflictRule: "Read-only copy for the drafting model; the support desk stays the record.",
        fields: [
          ["id", "source_ticket_id", "", "ri"],
          ["subject", "question", "redacted: names, emails, account numbers"],
          ["description", "context", "redacted; first 4,000 characters"],
          ["tags", "topics", "only tags from the help-centre taxonomy"],
        ],
      },
      {
        object: "custom:Help-centre article",
        from: "other",
        to: "support_desk",
        conflictRule: "Drafts only: a published article is never changed by the AI; the writer's edits always win.",
        fields: [
          ["draft_id", "external_id", "", "ri"],
          ["title", "title", "sentence case, 80 characters", "r"],
          ["body", "body", "markdown to help-centre HTML", "r"],
          ["section", "section_id", "", "rs", "billing=Billing; account=Account settings; login=Sign-in and security"],
          ["labels", "label_names", "lower-case, deduplicated"],
          ["locale", "locale", "", "s", "en=en-us"],
          ["review_state", "ai_review_state", "", "rs", "proposed=Needs review; edited=In review; rejected=Archived"],
          ["source_tickets", "ai_source_tickets", "comma-separated ids"],
          ["merge_candidates", "ai_merge_candidates", "article ids with similarity above 0.8"],
        ],
      },
    ]),
    apiContracts: [
      supportDeskApi({
        retryPolicy: "Backoff on 429, 4 tries; drafts written idempotently by external_id",
        authLifecycle: "OAuth token of a 'KB drafts' role, rotated every 90 days",
      }),
    ],
    exceptions: exceptions([
      ["missing_required_field", "skip_and_log", false, null, "Ticket without a solved comment: not used as a source."],
      ["record_exists", "merge", false, null, "A draft for the same topic exists: the new sources are added to it."],
      [
        "ambiguous_match",
        "review_queue",
        false,
        "Lena Vogt (Knowledge Manager)",
        "Two published articles cover the topic: merge suggested.",
      ],
      ["target_rejects", "review_queue", true, "Tomás Rivera (Support Systems Administrator)", "The help centre refuses the HTML."],
      ["partial_failure", "retry", true, null, "Article saved, labels not: labels retried."],
    ]),
    accessControls: accessControls(),
    rollout: rollout(today, [
      {
        name: "Drafts for the Billing category",
        stage: "pilot",
        scope: "Billing section only; knowledge team edits every draft",
        writes: true,
        entry: "Redaction tested on 200 tickets",
        exit: "Half the drafts published with light edits",
        rollback: "A draft containing customer data: stop the job, purge unpublished drafts",
        days: [-20, 10],
      },
      {
        name: "Billing and Account Settings",
        stage: "expansion",
        scope: "Both categories in English",
        writes: true,
        entry: "Pilot exit met",
        rollback: "Same as the pilot",
        days: [11, 60],
      },
    ]),
    kpis: [
      kpi("Tier 1 tickets solved with a linked article", "operational", "%", [34, 55, "higher"], "Lena Vogt"),
      kpi("Drafts published with light edits", "operational", "%", [0, 50, "higher"], "Lena Vogt"),
      kpi("Redaction misses found in review", "technical", "count a month", [3, 0, "lower"], "Tomás Rivera"),
    ],
    enablement: enablement("biweekly", 30),
    notApplicable: {
      roi: "A quality initiative: success is measured by tickets solved with an article, not by hours saved; writers keep their time.",
    },
  },
  actionContracts: [
    {
      riskTier: "medium",
      trigger: "Five or more 'kb-gap' tickets on one topic in a week",
      requiredInputs: "Redacted solved tickets, related articles",
      expectedOutput: "An unpublished draft in the right section",
      failureModes: "Redaction miss; duplicate topic",
      rollback: "revert",
      rollbackPlan: "Delete the unpublished draft",
      credentialScope: "per_action",
      marksAiValues: true,
    },
    {
      riskTier: "low",
      trigger: "Weekly similarity scan",
      expectedOutput: "Merge suggestions for the knowledge manager",
      credentialScope: "per_action",
    },
  ],
  auditLogKinds: ["source_record_id", "target_record_id", "failure_reason"],
});
