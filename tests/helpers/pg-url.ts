/** The same server and credentials, another database. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Where CREATE/DROP DATABASE run: the database named in TEST_DATABASE_URL. */
export function adminUrl(url: string): string {
  return url;
}
