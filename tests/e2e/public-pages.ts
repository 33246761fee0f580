/** The public pages, with the addresses that need data (an incident code, a report slug) taken from the open-data exports. */
export async function publicPages(baseUrl: string): Promise<string[]> {
  const reports = (await (await fetch(`${baseUrl}/api/data/reports.json`)).json()) as { rows: Array<{ report_slug: string }> };
  const incidents = (await (await fetch(`${baseUrl}/api/data/incidents.json`)).json()) as { rows: Array<{ code: string }> };
  return [
    "/",
    "/lapor",
    "/track",
    "/insiden",
    "/laporan",
    `/insiden/${incidents.rows[0]!.code}`,
    `/laporan/${reports.rows[0]!.report_slug}`,
    "/instansi",
    "/instansi/kemenkes",
    "/statistik",
    "/peta",
    "/laporan-berkala?period=2020-Q4",
    "/data",
    "/privasi",
    "/data-saya",
    "/ikuti/berhenti?token=x",
    "/signin",
  ];
}
