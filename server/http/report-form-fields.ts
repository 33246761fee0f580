/** The report form's typed fields, as the no-script post reads them and the scripts take them over (no imports: the browser loads it). */
export const REPORT_TYPED_FIELDS = [
  "category",
  "serviceId",
  "placeId",
  "addressText",
  "occurredAt",
  "description",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const;
