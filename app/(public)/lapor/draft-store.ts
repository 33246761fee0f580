import { del, get, set } from "idb-keyval";
import type { ReportFormValues } from "@/server/http/report-html-form";
import { toWibInput } from "@/server/i18n/jakarta-time";
import { REPORT_TYPED_FIELDS } from "@/server/http/report-form-fields";

/** Everything the reporter typed, with the files, kept in IndexedDB until the server confirms: the form's fields, and what only scripts add. */
export type Draft = Omit<ReportFormValues, "website"> & {
  lat: number | null;
  lng: number | null;
  joinIncidentId: string;
  joinComplaintId: string;
  joinLabel: string;
  files: File[];
};

const KEY = "sigap.report.draft";

export function newIdempotencyKey(): string {
  return `web_${crypto.randomUUID().replaceAll("-", "")}`;
}

/** A draft with nothing typed yet. Its key is made in the browser: a page from the shared cache cannot carry one. */
export function emptyDraft(): Draft {
  return { ...blankDraft(toWibInput(new Date())), idempotencyKey: newIdempotencyKey() };
}

/** What the server renders before any script runs: no key, and the time the page was made (WIB). */
export function blankDraft(occurredAt: string): Draft {
  return {
    idempotencyKey: "",
    category: "",
    serviceId: "",
    placeId: "",
    addressText: "",
    lat: null,
    lng: null,
    occurredAt,
    description: "",
    contactName: "",
    contactEmail: "",
    contactPhone: "",
    confidential: true,
    alreadyComplainedToAgency: false,
    joinIncidentId: "",
    joinComplaintId: "",
    joinLabel: "",
    files: [],
  };
}

/** The form as posted without JavaScript and sent back with its errors, as a draft. */
export function draftFromValues(values: ReportFormValues): Draft {
  const { website: _honeypot, ...typed } = values;
  return { ...blankDraft(values.occurredAt), ...typed };
}

/**
 * What was typed into the server's form before the scripts took over (on a slow network people start at first
 * paint): the fields whose value differs from what the server rendered.
 */
export function typedBeforeHydration(form: HTMLFormElement, rendered: Draft): Partial<Draft> {
  const data = new FormData(form);
  const typed: Partial<Draft> = {};
  for (const name of REPORT_TYPED_FIELDS) {
    const value = data.get(name);
    if (typeof value === "string" && value !== rendered[name]) typed[name] = value;
  }
  for (const name of ["confidential", "alreadyComplainedToAgency"] as const) {
    if (data.has(name) !== rendered[name]) typed[name] = data.has(name);
  }
  return typed;
}

export async function loadDraft(): Promise<Draft | null> {
  try {
    const stored = await get<Draft>(KEY);
    return stored ? { ...emptyDraft(), ...stored } : null;
  } catch {
    return null; // private browsing without IndexedDB: the form still works, without persistence
  }
}

export async function saveDraft(draft: Draft): Promise<void> {
  try {
    await set(KEY, draft);
  } catch {
    // see loadDraft
  }
}

export async function clearDraft(): Promise<void> {
  try {
    await del(KEY);
  } catch {
    // see loadDraft
  }
}
