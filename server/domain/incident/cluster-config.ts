/**
 * Clustering defaults. A complaint joins an open incident automatically at `autoLink` or above, is offered as
 * a suggestion from `suggest`, and otherwise may trip the surge detector: at least `surgeMinCount` ungrouped
 * reports on one service within `surgeWindowMinutes`, and more than `surgeFactor` times that service's usual
 * rate over the previous week.
 */
export const CLUSTER_DEFAULTS = {
  autoLink: 0.7,
  suggest: 0.45,
  /** Incidents whose last report is further away than this are not candidates. */
  candidateWindowHours: 24,
  surgeMinCount: 10,
  surgeWindowMinutes: 60,
  surgeFactor: 3,
  /** When a surge opens an incident, ungrouped reports of the same service this far back join it. */
  surgeLookbackHours: 24,
  /**
   * A report with neither service nor agency is judged by its words: trigram similarity to an incident's latest
   * reports counts as fully "the same agency" from this value, in proportion below it, and not at all under
   * `textOnlyMinimum`. Reports this similar to each other also make a surge.
   */
  textOnlyMatch: 0.45,
  textOnlyMinimum: 0.2,
  textSurgeSimilarity: 0.3,
} as const;

export type ClusterConfig = { -readonly [K in keyof typeof CLUSTER_DEFAULTS]: number };

/** Weights of the score's parts; they add up to 1. */
export const SCORE_WEIGHTS = { sameService: 0.45, sameAgency: 0.25, samePlace: 0.2, time: 0.2, text: 0.15 } as const;
