import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { agencies, incidentUpdates, incidents, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { atomXml } from "@/server/domain/feed/atom";
import { notFound } from "@/server/domain/errors";
import { publicIncidentKnown } from "./get-public";
import { scorecardKnown } from "@/server/domain/stats/get-scorecard";

export const updatesFeedInput = z
  .object({ incident: z.string().max(40).optional(), agency: z.string().max(100).optional(), service: z.string().max(100).optional() })
  .refine((v) => [v.incident, v.agency, v.service].filter(Boolean).length === 1);

/** Public updates of one incident, or of every incident of an agency or a service, as Atom. */
export async function incidentUpdatesFeed({
  ctx,
  input,
  baseUrl,
}: {
  ctx: DomainCtx;
  input: z.input<typeof updatesFeedInput>;
  baseUrl: string;
}): Promise<string> {
  const parsed = updatesFeedInput.safeParse(input);
  if (!parsed.success) throw notFound("feed");
  const f = parsed.data;
  const which = f.incident
    ? eq(incidents.code, f.incident.toUpperCase())
    : f.agency
      ? eq(agencies.slug, f.agency)
      : eq(services.code, f.service ?? "");
  const rows = await ctx.readDb
    .select({
      id: incidentUpdates.id,
      at: incidentUpdates.createdAt,
      status: incidentUpdates.status,
      body: incidentUpdates.body,
      language: incidentUpdates.language,
      bodyEn: incidentUpdates.bodyEn,
      code: incidents.code,
      title: incidents.titleId,
      agency: agencies.nameId,
      service: services.nameId,
    })
    .from(incidentUpdates)
    .innerJoin(incidents, eq(incidents.id, incidentUpdates.incidentId))
    .leftJoin(agencies, eq(agencies.id, incidents.agencyId))
    .leftJoin(services, eq(services.id, incidents.serviceId))
    .where(and(eq(incidents.isPublic, true), eq(incidents.state, "confirmed"), which))
    .orderBy(desc(incidentUpdates.createdAt))
    .limit(100);
  // An empty feed is an answer only for something that exists (a new incident, a quiet agency); a code or slug
  // that names nothing public is a 404, as its page is.
  if (rows.length === 0 && !(await feedSubjectExists(ctx, f))) throw notFound("feed");
  const query = new URLSearchParams(Object.entries(f).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const subject = f.incident ? (rows[0]?.title ?? f.incident) : f.agency ? (rows[0]?.agency ?? f.agency) : (rows[0]?.service ?? f.service ?? "");
  return atomXml({
    title: `Sigap — ${subject}`,
    subtitle: "Pembaruan publik Ombudsman RI tentang gangguan layanan.",
    id: `${baseUrl}/api/feeds/updates?${query}`,
    link: f.incident ? `${baseUrl}/insiden/${f.incident.toUpperCase()}` : `${baseUrl}/insiden`,
    self: `${baseUrl}/api/feeds/updates?${query}`,
    updated: rows[0]?.at ?? new Date(0),
    author: { name: "Ombudsman Republik Indonesia", uri: baseUrl },
    entries: rows.map((r) => {
      const url = `${baseUrl}/insiden/${r.code}`;
      return {
        title: `${r.title} — ${r.status}`,
        id: `${url}#update-${r.id}`,
        link: url,
        summary: r.body,
        ...(r.language === "id" ? {} : { summaryLang: r.language }),
        ...(r.bodyEn ? { translation: { text: r.bodyEn, lang: "en" } } : {}),
        updated: r.at,
      };
    }),
  });
}

async function feedSubjectExists(ctx: DomainCtx, f: z.output<typeof updatesFeedInput>): Promise<boolean> {
  // The same look-ups that answer 404 for the incident's and the agency's pages.
  if (f.incident) return publicIncidentKnown(ctx, f.incident);
  if (f.agency) return scorecardKnown(ctx, f.agency);
  const [hit] = await ctx.readDb
    .select({ id: services.id })
    .from(services)
    .where(eq(services.code, f.service ?? ""))
    .limit(1);
  return hit !== undefined;
}
