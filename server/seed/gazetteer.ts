import { getProvinces, getRegencies } from "idn-area-data";
import type { PlaceKind } from "@/server/db/schema/constants";
import { DEMO_PLACE_ALIASES, LANDMARKS, PROVINCE_ALIASES, REGENCY_ALIASES } from "./landmarks";

export type GazetteerPlace = {
  slug: string;
  name: string;
  kind: PlaceKind;
  areaCode: string | null;
  aliases: string;
  address: string;
  city: string;
  province: string;
  lat: number | null;
  lng: number | null;
};

const UPPER_WORDS = new Set(["DKI", "DI"]);

/** "KABUPATEN ACEH SELATAN" → "Kabupaten Aceh Selatan" (the package writes names in capitals). */
function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (UPPER_WORDS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(" ");
}

const JAKARTA_SHORT: Record<string, string> = {
  "jakarta selatan": "jaksel",
  "jakarta pusat": "jakpus",
  "jakarta timur": "jaktim",
  "jakarta barat": "jakbar",
  "jakarta utara": "jakut",
};

/** The names a regency goes by: "Kota Bandung" also "Bandung"; "Kabupaten Bandung" also "Kab Bandung". */
function regencyAliases(name: string, cities: Set<string>): string {
  const lower = name.toLowerCase().replace(/\./g, "");
  const kota = lower.match(/^kota (?:administrasi )?(.+)$/);
  if (kota) {
    const bare = kota[1]!;
    return [`kota ${bare}`, bare, JAKARTA_SHORT[bare]].filter(Boolean).join("|");
  }
  const kab = lower.match(/^kabupaten (?:administrasi )?(.+)$/);
  if (!kab) return lower;
  const bare = kab[1]!;
  // A bare "Bandung" is the city; the regency needs its prefix.
  return [`kabupaten ${bare}`, `kab ${bare}`, cities.has(bare) ? null : bare].filter(Boolean).join("|");
}

/**
 * Indonesia's provinces and regencies (idn-area-data, Kemendagri's codes; ODbL, see the README), the
 * landmarks people name, and the aliases of the demo's own places.
 */
export async function gazetteerPlaces(): Promise<GazetteerPlace[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const provinceName = new Map(provinces.map((p) => [p.code, titleCase(p.name)]));
  const cities = new Set(
    regencies.map((r) => r.name.toLowerCase().match(/^kota (?:administrasi )?(.+)$/)?.[1]).filter((c): c is string => Boolean(c)),
  );
  const areas: GazetteerPlace[] = [
    ...provinces.map((p) => ({
      slug: `area-${p.code}`,
      name: provinceName.get(p.code)!,
      kind: "province" as const,
      areaCode: p.code,
      aliases: [p.name.toLowerCase(), PROVINCE_ALIASES[p.code]].filter(Boolean).join("|"),
      address: "",
      city: "",
      province: provinceName.get(p.code)!,
      lat: null,
      lng: null,
    })),
    ...regencies.map((r) => ({
      slug: `area-${r.code.replace(".", "-")}`,
      name: titleCase(r.name),
      kind: "regency" as const,
      areaCode: r.code,
      aliases: [regencyAliases(r.name, cities), REGENCY_ALIASES[r.code]].filter(Boolean).join("|"),
      address: "",
      city: titleCase(r.name),
      province: provinceName.get(r.province_code) ?? "",
      lat: null,
      lng: null,
    })),
  ];
  const landmarks = LANDMARKS.map((l) => ({ ...l, kind: "landmark" as const, areaCode: null, address: l.address ?? "" }));
  return [...landmarks, ...areas];
}

export { DEMO_PLACE_ALIASES };
