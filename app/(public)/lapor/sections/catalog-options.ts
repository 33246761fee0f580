import { useMemo } from "react";
import type { PickerOption } from "@/app/(public)/lapor/catalog-picker";
import type { SelectOption } from "@/app/_components/option-select";
import type { PlaceOption, ServiceOption } from "@/app/(public)/lapor/report-form";

/** The catalogue as the two ways of choosing from it show it: the typing picker's options and the grouped select's. */
export function useCatalogOptions(services: ServiceOption[], places: PlaceOption[], locale: "id" | "en") {
  const serviceOptions: PickerOption[] = useMemo(
    () =>
      services.map((s) => ({
        id: s.id,
        label: s.name[locale],
        detail: s.agency.name[locale],
        searchText: [s.name.id, s.name.en, s.agency.name.id, s.agency.name.en, s.agency.acronym ?? "", s.keywords].join(" "),
      })),
    [services, locale],
  );
  const placeOptions: PickerOption[] = useMemo(
    () =>
      places.map((p) => ({
        id: p.id,
        label: p.name,
        detail: [p.city, p.province].filter(Boolean).join(", "),
        searchText: [p.name, p.city, p.province].join(" "),
      })),
    [places],
  );
  const serviceChoices: SelectOption[] = useMemo(
    () => services.map((s) => ({ id: s.id, label: s.name[locale], group: s.agency.name[locale] })),
    [services, locale],
  );
  const placeChoices: SelectOption[] = useMemo(
    () => places.map((p) => ({ id: p.id, label: p.city ? `${p.name} (${p.city})` : p.name, group: p.province || p.city })),
    [places],
  );
  return { serviceOptions, placeOptions, serviceChoices, placeChoices };
}
