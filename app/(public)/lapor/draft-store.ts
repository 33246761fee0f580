import { del, get, set } from "idb-keyval";

/** Everything the reporter typed, with the files, kept in IndexedDB until the server confirms. */
export type Draft = {
  idempotencyKey: string;
  category: string;
  serviceId: string;
  placeId: string;
  addressText: string;
  lat: number | null;
  lng: number | null;
  occurredAt: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  confidential: boolean;
  alreadyComplainedToAgency: boolean;
  joinIncidentId: string;
  joinComplaintId: string;
  joinLabel: string;
  files: File[];
};

const KEY = "sigap.report.draft";

export function newIdempotencyKey(): string {
  return `web_${crypto.randomUUID().replaceAll("-", "")}`;
}

function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyDraft(): Draft {
  return {
    idempotencyKey: newIdempotencyKey(),
    category: "",
    serviceId: "",
    placeId: "",
    addressText: "",
    lat: null,
    lng: null,
    occurredAt: localDateTime(new Date()),
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
