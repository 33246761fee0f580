/**
 * Where a report happened, as anyone outside the Ombudsman may see it.
 *
 * A confidential report shows only the catalogue place the reporter chose (its own name and point): a typed
 * address or an exact pin can be someone's home, and that identifies them (Law 37/2008 art. 24(2)).
 * An open report shows its typed address, and its pin rounded to 3 decimal places (about 110 m), which is
 * enough to map a queue or a crowd but not a doorstep.
 */
export const PUBLIC_PIN_DECIMALS = 3;

export type LocationSource = {
  confidential: boolean;
  addressText: string | null;
  lat: number | null;
  lng: number | null;
  place: { name: string | null; lat: number | null; lng: number | null };
};

export type PublicLocation = { address: string | null; lat: number | null; lng: number | null };

const coarsen = (n: number) => Number(n.toFixed(PUBLIC_PIN_DECIMALS));

export function publicLocationOf(c: LocationSource): PublicLocation {
  const placePoint = { lat: c.place.lat, lng: c.place.lng };
  if (c.confidential) return { address: c.place.name, ...placePoint };
  const pin = c.lat !== null && c.lng !== null ? { lat: coarsen(c.lat), lng: coarsen(c.lng) } : placePoint;
  return { address: c.addressText ?? c.place.name, ...pin };
}
