import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { RecordForm } from "./record-form";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("console.record");
  return { title: t("nav"), robots: { index: false } };
}

/** Staff record a report that came by phone, by letter or in person (channels phone, letter, walk_in). */
export default async function RecordReportPage() {
  await requireRole(STAFF_ROLES);
  const [t, locale, caller] = await Promise.all([getTranslations("console.record"), getLocale(), getServerCaller()]);
  const [topics, services, places] = await Promise.all([caller.catalog.topics(), caller.catalog.services(), caller.catalog.places()]);
  const lang = locale === "en" ? "en" : "id";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <Card as="div">
        <RecordForm
          options={{
            topic: topics.map((x) => ({ id: x.code, label: x.name[lang], group: "" })),
            service: services.map((x) => ({ id: x.id, label: x.name[lang], group: x.agency.name[lang] })),
            place: places.map((p) => ({ id: p.id, label: p.name, group: "" })),
          }}
        />
      </Card>
    </div>
  );
}
