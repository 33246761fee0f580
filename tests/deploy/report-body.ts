/** A report as the public form sends it without files: tRPC's JSON envelope for complaint.submit. */
export function reportBody(
  serviceId: string,
  idempotencyKey: string,
  description = "Antrean di pemeriksaan e-HAC mengular karena pemindai tidak tersambung ke server.",
): string {
  return JSON.stringify({
    json: {
      idempotencyKey,
      category: "system_down",
      serviceId,
      addressText: "Terminal 3, Soekarno-Hatta",
      occurredAt: new Date().toISOString(),
      description,
      language: "id",
      confidential: true,
    },
  });
}

/** The headers our own client sends with a report. */
export const REPORT_HEADERS = { "content-type": "application/json", "x-sigap-request": "1" } as const;
