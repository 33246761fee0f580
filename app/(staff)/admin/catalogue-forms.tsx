"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { AGENCY_KINDS, TOPIC_CODES, type AgencyKind, type TopicCode } from "@/server/db/schema/constants";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { SelectField } from "@/app/_components/form/select-field";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";

/** The admin page's add-forms sit in a row of columns on a white card. */
export const adminGrid = "grid grid-cols-1 items-end gap-3 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-3";

const NEW_AGENCY: { slug: string; acronym: string; nameId: string; nameEn: string; kind: AgencyKind } = {
  slug: "",
  acronym: "",
  nameId: "",
  nameEn: "",
  kind: "ministry",
};

export function AgencyForm() {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useMutationForm(NEW_AGENCY);
  const create = useMutation(trpc.admin.createAgency.mutationOptions(f.options));
  return (
    <form className={adminGrid} onSubmit={f.submit(create)}>
      <TextField {...f.field("slug")} label={t("slug")} />
      <TextField {...f.field("acronym")} label={t("acronym")} />
      <SelectField {...f.field("kind")} label={t("kind")} options={AGENCY_KINDS.map((k) => [k, t(`kinds.${k}`)] as const)} />
      <TextField {...f.field("nameId")} label={t("nameId")} />
      <TextField {...f.field("nameEn")} label={t("nameEn")} />
      <Button>{t("add")}</Button>
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("saved")} />
    </form>
  );
}

const isTopic = (entry: [string, string]): entry is [TopicCode, string] => (TOPIC_CODES as readonly string[]).includes(entry[0]);

const NEW_SERVICE: Record<"agencyId" | "code" | "nameId" | "nameEn" | "keywords" | "aliases", string> & { topicCode: TopicCode } = {
  agencyId: "",
  topicCode: "other",
  code: "",
  nameId: "",
  nameEn: "",
  keywords: "",
  aliases: "",
};

export function ServiceForm({ agencies, topics }: { agencies: Array<{ id: string; name: string }>; topics: Array<[string, string]> }) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useMutationForm(NEW_SERVICE);
  const create = useMutation(trpc.admin.createService.mutationOptions(f.options));
  return (
    <form className={adminGrid} onSubmit={f.submit(create)}>
      <SelectField {...f.field("agencyId")} label={t("agency")} options={[["", "—"], ...agencies.map((a) => [a.id, a.name] as const)]} />
      <SelectField {...f.field("topicCode")} label={t("topic")} options={topics.filter(isTopic)} />
      <TextField {...f.field("code")} label={t("code")} />
      <TextField {...f.field("keywords")} label={t("keywords")} />
      <TextField {...f.field("aliases")} label={t("aliases")} />
      <TextField {...f.field("nameId")} label={t("nameId")} />
      <TextField {...f.field("nameEn")} label={t("nameEn")} />
      <Button>{t("add")}</Button>
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("saved")} />
    </form>
  );
}

export function PlaceForm() {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useMutationForm({ slug: "", name: "", city: "", lat: "", lng: "" });
  const create = useMutation(trpc.admin.createPlace.mutationOptions(f.options));
  return (
    <form className={adminGrid} onSubmit={f.submit(create)}>
      <TextField {...f.field("slug")} label={t("slug")} />
      <TextField {...f.field("name")} label={t("name")} />
      <TextField {...f.field("city")} label={t("city")} />
      <TextField {...f.field("lat")} label={t("lat")} inputMode="decimal" />
      <TextField {...f.field("lng")} label={t("lng")} inputMode="decimal" />
      <Button>{t("add")}</Button>
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("saved")} />
    </form>
  );
}
