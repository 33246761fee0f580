import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

/** zxcvbn's score 3: about 10⁸ guesses, "safely unguessable" for an online attack that is also throttled. */
const MIN_SCORE = 3;

let factory: Promise<ZxcvbnFactory> | undefined;
// The dictionaries are a few megabytes: imported at the first password chosen, not when the API's module loads.
function estimator(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
    import("@zxcvbn-ts/language-id"),
  ]).then(
    ([core, common, en, id]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return factory;
}

/**
 * Why a new staff password is refused, as a message key, or null when it is fine: found in the list of common
 * and breached passwords shipped with zxcvbn-ts, or easy to guess from English and Indonesian words, names, the
 * account's own name and address, keyboard runs, dates and repeats.
 */
export async function passwordWeakness(password: string, userInputs: string[]): Promise<"errors.passwordCommon" | "errors.passwordWeak" | null> {
  const result = (await estimator()).check(password, userInputs);
  const breached = result.sequence.some(
    (m) => m.pattern === "dictionary" && m.dictionaryName === "passwords-common" && m.token.length === password.length,
  );
  if (breached) return "errors.passwordCommon";
  return result.score < MIN_SCORE ? "errors.passwordWeak" : null;
}
