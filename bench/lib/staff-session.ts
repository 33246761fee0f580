import { request } from "undici";

function cookiesOf(setCookie: string | string[] | undefined): string[] {
  return (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((c) => c.split(";")[0]!);
}

/** Signs a staff member in over HTTP as the sign-in form does (Auth.js credentials) and returns the Cookie header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await request(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.body.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers["set-cookie"]);
  const res = await request(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  await res.body.text();
  const session = cookiesOf(res.headers["set-cookie"]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (status ${res.statusCode})`);
  return session;
}
