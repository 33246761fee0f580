import { createInterface } from "node:readline";
import { env } from "./env";
import { connect } from "./db/connect";
import { runMigrations } from "./db/migrate";
import { makeDomainCtx } from "./domain/context";
import { currentTriage } from "./domain/triage/current-model";
import { suggest } from "./domain/triage/suggest";
import { trainTriageModel } from "./domain/triage/train-model";

// `npm run triage:classify` reads JSON lines {"text": "..."} on standard input and writes one JSON line per input
// with the current model's ranked suggestions; `npm run triage:train` trains a new current model. Both use the
// configured database (DATABASE_URL, else the embedded one — not while the app has it open).
async function main(command: string | undefined) {
  if (command !== "classify" && command !== "train") {
    console.error("usage: tsx server/triage-cli.ts classify|train");
    process.exit(2);
  }
  const handle = env.databaseUrl
    ? await connect({ driver: "postgres", url: env.databaseUrl, poolSize: 2 })
    : await connect({ driver: "pglite", dataDir: env.pgliteDir });
  try {
    await runMigrations(handle, env.migrationDatabaseUrl);
    if (command === "train") {
      const { version, figures } = await trainTriageModel({ ctx: makeDomainCtx({ db: handle.db }) });
      console.error(`model ${version} is current: held-out topic top-1 ${figures.heldOut.topic.top1}, trained in ${figures.trainingMs} ms`);
      return;
    }
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
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
