/** What an Open311 client needs to find this endpoint. `changeset` marks when this description last changed. */
export function open311Discovery(baseUrl: string, contact: string) {
  const changeset = "2026-11-27T00:00:00+07:00";
  return {
    changeset,
    contact,
    key_service: `${contact} (api_key on request)`,
    endpoints: [
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${baseUrl}/api/open311/v2`,
        changeset,
        type: "production" as const,
        formats: ["text/xml", "application/json"],
      },
    ],
  };
}
