// The two packages ship no types; only what Sigap uses is declared.
declare module "@nlpjs/lang-id" {
  export class NormalizerId {
    normalize(text: string): string;
  }
  export class TokenizerId {
    tokenize(text: string, normalize?: boolean): string[];
  }
  export class StemmerId {
    stemWord(word: string): string;
  }
}

declare module "wink-naive-bayes-text-classifier" {
  type Classifier = {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    learn(tokens: string[], label: string): boolean;
    consolidate(): boolean;
    /** One-vs-rest log₂ odds per label, best first; [["unknown", 0]] when no token is known. */
    computeOdds(tokens: string[]): Array<[string, number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
    stats(): { labelWiseSamples: Record<string, number>; labelWiseWords: Record<string, number>; vocabulary: number };
  };
  function naiveBayesTextClassifier(): Classifier;
  export = naiveBayesTextClassifier;
}
