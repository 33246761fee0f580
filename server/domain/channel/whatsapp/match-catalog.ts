import { sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import type { Locale } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";

export type CatalogMatch = { id: string; label: string };

/** Up to five active services whose name, code, keywords or agency match what was typed, best first. */
export async function matchServices(db: Queryable, typed: string, locale: Locale): Promise<CatalogMatch[]> {
  const q = typed.trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return selectRows<CatalogMatch>(
    db,
    sql`select s.id, ${locale === "en" ? sql`s.name_en` : sql`s.name_id`} || coalesce(' (' || a.acronym || ')', '') as label
          from services s join agencies a on a.id = s.agency_id
         where s.active and (s.name_id ilike ${pattern} or s.name_en ilike ${pattern} or s.code ilike ${pattern}
                or s.keywords ilike ${pattern} or a.acronym ilike ${pattern} or similarity(s.name_id, ${q}) > 0.3)
         order by greatest(similarity(s.name_id, ${q}), similarity(s.keywords, ${q})) desc, s.name_id
         limit 5`,
  );
}

/** Up to five active places whose name, city or address match what was typed, best first. */
export async function matchPlaces(db: Queryable, typed: string): Promise<CatalogMatch[]> {
  const q = typed.trim().slice(0, 100);
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return selectRows<CatalogMatch>(
    db,
    sql`select id, name || case when city <> '' then ', ' || city else '' end as label
          from places
         where active and (name ilike ${pattern} or address ilike ${pattern} or similarity(name, ${q}) > 0.3)
         order by similarity(name, ${q}) desc, name
         limit 5`,
  );
}
