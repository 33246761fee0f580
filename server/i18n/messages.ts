import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { Locale } from "@/server/db/schema/constants";

export type Messages = typeof id;
// en.json must have exactly the keys of id.json; a missing key fails the type check here.
const english: Messages = en;

export const MESSAGES: Record<Locale, Messages> = { id, en: english };
