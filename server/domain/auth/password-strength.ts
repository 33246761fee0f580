import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as id from "@zxcvbn-ts/language-id";

/** zxcvbn's score 3: about 10⁸ guesses, "safely unguessable" for an online attack that is also throttled. */
const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
// The dictionaries are a few megabytes: loaded at the first password chosen, not at every start.
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/**
 * Why a new staff password is refused, as a message key, or null when it is fine: found in the list of common
 * and breached passwords shipped with zxcvbn-ts, or easy to guess from English and Indonesian words, names, the
 * account's own name and address, keyboard runs, dates and repeats.
 */
export function passwordWeakness(password: string, userInputs: string[]): "errors.passwordCommon" | "errors.passwordWeak" | null {
  const result = estimator().check(password, userInputs);
  const breached = result.sequence.some(
    (m) => m.pattern === "dictionary" && m.dictionaryName === "passwords-common" && m.token.length === password.length,
  );
  if (breached) return "errors.passwordCommon";
  return result.score < MIN_SCORE ? "errors.passwordWeak" : null;
}
