import { createInterface } from "node:readline";
import type { DbHandle } from "./db/connect";
import { makeDomainCtx } from "./domain/context";
import { currentTriage } from "./domain/triage/current-model";
import { suggest } from "./domain/triage/suggest";
import { trainTriageModel } from "./domain/triage/train-model";

/** `npm run triage:train`: a new current model, trained now (status on standard error). */
export async function trainCommand(handle: DbHandle) {
  const { version, figures } = await trainTriageModel({ ctx: makeDomainCtx({ db: handle.db }) });
  console.error(`model ${version} is current: held-out topic top-1 ${figures.heldOut.topic.top1}, trained in ${figures.trainingMs} ms`);
}

/**
 * `npm run triage:classify`: JSON lines {"text": "..."} on standard input, one JSON line of ranked suggestions per
 * input on standard output (a line that is not such an object answers {"error": …}), with the current model.
 */
export async function classifyCommand(handle: DbHandle) {
  const loaded = await currentTriage(handle.db);
  if (!loaded) {
    console.error("no trained model in this database: run `npm run triage:train` (or start the app once: its job trains one)");
    process.exitCode = 2;
    return;
  }
  let line = 0;
  for await (const raw of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    line++;
    if (!raw.trim()) continue;
    let text: unknown;
    try {
      text = (JSON.parse(raw) as { text?: unknown }).text;
    } catch {
      text = undefined;
    }
    if (typeof text !== "string") {
      console.error(`line ${line}: expected {"text": "..."}`);
      process.stdout.write(`${JSON.stringify({ error: 'expected {"text": "..."}' })}\n`);
      continue;
    }
    const s = suggest(loaded, text.slice(0, 4000));
    const out = {
      topic: s.topic.map(({ code, p }) => ({ code, p })),
      service: s.service.map(({ code, p }) => ({ code, p })),
      agency: s.agency.map(({ code, p }) => ({ slug: code, p })),
      category: s.category.map(({ code, p }) => ({ code, p })),
      place: s.place.map(({ id, label, p }) => ({ name: label?.id ?? "", id, p })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}
