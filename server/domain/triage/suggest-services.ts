import type { Locale } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";
import { currentTriage } from "./current-model";
import { suggest } from "./suggest";

/** A service the model thinks likely enough to offer as a choice, though not to set by itself. */
const OFFER_FROM = 0.15;

/** Services to offer for what someone wrote in their own words (the WhatsApp conversation), best first. */
export async function suggestServicesFor(db: Queryable, text: string, locale: Locale): Promise<Array<{ id: string; label: string }>> {
  const loaded = await currentTriage(db);
  if (!loaded) return [];
  // Labelled as the name search labels them (match-catalog): the service and its agency's acronym.
  return suggest(loaded, text).service.flatMap((s) => {
    if (s.p < OFFER_FROM || !s.id || !s.label) return [];
    const service = loaded.services.get(s.code);
    const acronym = service ? loaded.agenciesById.get(service.agencyId)?.acronym : null;
    return [{ id: s.id, label: `${locale === "en" ? s.label.en : s.label.id}${acronym ? ` (${acronym})` : ""}` }];
  });
}
