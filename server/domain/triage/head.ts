import naiveBayes from "wink-naive-bayes-text-classifier";
import { breathe } from "./breathe";

/** One classifier over the text's features: its labels' naive Bayes counts, and the temperature that calibrates it. */
export type HeadData = { kind: "nb"; nb: string; temperature: number } | { kind: "single"; label: string };

export type Ranked = Array<{ code: string; p: number }>;

/** Raw scores of one prediction (log₂ odds per label), kept so calibration can re-weigh them without predicting again. */
export type Scores = Array<[string, number]>;

// Binarised counts with light smoothing did best on the held-out texts (docs/triage.md).
const NB_CONFIG = { considerOnlyPresence: true, smoothingFactor: 0.5 };

export async function trainHead(examples: Array<{ features: string[]; label: string }>): Promise<HeadData> {
  const labels = new Set(examples.map((e) => e.label));
  const [only] = labels;
  if (labels.size === 1 && only !== undefined) return { kind: "single", label: only };
  const nb = naiveBayes();
  nb.defineConfig(NB_CONFIG);
  for (const e of examples) {
    await breathe();
    nb.learn(e.features, e.label);
  }
  nb.consolidate();
  return { kind: "nb", nb: nb.exportJSON(), temperature: 1 };
}

/** A trained head ready to score: the classifier is rebuilt once from its counts and kept. */
export type LoadedHead = { score(features: string[]): Scores; temperature: number; labels: string[] };

export function loadHead(data: HeadData): LoadedHead {
  if (data.kind === "single") return { score: () => [[data.label, 0]], temperature: 1, labels: [data.label] };
  const nb = naiveBayes();
  nb.importJSON(data.nb);
  nb.consolidate();
  const labels = Object.keys(nb.stats().labelWiseSamples);
  return {
    labels,
    temperature: data.temperature,
    // With no known word the library answers "unknown": every label is then equally likely.
    score: (features) => {
      const odds = nb.computeOdds(features);
      return odds[0]?.[0] === "unknown" ? labels.map((l) => [l, 0] as [string, number]) : odds;
    },
  };
}

/** Scores → probabilities that add up to 1; a higher temperature spreads them out (fitted on held-back folds). */
export function toProbabilities(scores: Scores, temperature: number): Ranked {
  if (scores.length === 0) return [];
  const scaled = scores.map(([code, s]) => [code, (s * Math.LN2) / temperature] as const);
  const max = Math.max(...scaled.map(([, s]) => s));
  const exps = scaled.map(([code, s]) => [code, Math.exp(s - max)] as const);
  const total = exps.reduce((sum, [, e]) => sum + e, 0);
  return exps.map(([code, e]) => ({ code, p: e / total })).sort((a, b) => b.p - a.p);
}

/** The temperature that makes the scores' probabilities most likely on examples the head did not learn from. */
export function fitTemperature(samples: Array<{ scores: Scores; truth: string }>): number {
  if (samples.length === 0) return 1;
  let best = { t: 1, loss: Number.POSITIVE_INFINITY };
  for (let t = 0.25; t <= 64; t *= 1.15) {
    let loss = 0;
    for (const s of samples) {
      const p = toProbabilities(s.scores, t).find((r) => r.code === s.truth)?.p ?? 0;
      loss -= Math.log(Math.max(p, 1e-9));
    }
    if (loss < best.loss) best = { t, loss };
  }
  return best.t;
}
