/** Wording of the KPI section (seeds 001 §8 and §10, 003): technical and operational measures with baselines. */
import type { KPI_DIRECTIONS, KPI_KINDS } from "../../enums";

export const KPI_KIND_LABELS: Readonly<Record<(typeof KPI_KINDS)[number], string>> = {
  technical: "Technical",
  operational: "Operational",
};

export const KPI_DIRECTION_LABELS: Readonly<Record<(typeof KPI_DIRECTIONS)[number], string>> = {
  higher: "Higher is better",
  lower: "Lower is better",
};
