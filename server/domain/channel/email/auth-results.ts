/**
 * What the receiving mail server found about a mail's sender, from its Authentication-Results header (RFC 8601):
 * "pass" when DMARC passed (or, without a DMARC result, SPF or DKIM did), "fail" when the server checked and
 * none passed, "unknown" when no header of that server is present.
 */
export type SenderCheck = "pass" | "fail" | "unknown";

type Results = { authservId: string; methods: Map<string, string[]> };

/** Drops RFC 5322 comments ("(…)", nested) and quoted strings' quotes, so only tokens are left. */
function withoutComments(value: string): string {
  let out = "";
  let depth = 0;
  for (const c of value) {
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) out += c;
  }
  return out.replace(/"/g, "");
}

/** One header's authserv-id and each method's results ("spf" → ["pass"], "dkim" → ["fail", "pass"]). */
export function parseAuthenticationResults(value: string): Results | null {
  const [head, ...parts] = withoutComments(value).split(";");
  const authservId = head?.trim().split(/\s+/)[0]?.toLowerCase();
  if (!authservId) return null;
  const methods = new Map<string, string[]>();
  for (const part of parts) {
    const [, name, result] = /^\s*([a-z0-9-]+)(?:\/[0-9]+)?\s*=\s*([a-z]+)/i.exec(part) ?? [];
    if (!name || !result) continue;
    const method = name.toLowerCase();
    methods.set(method, [...(methods.get(method) ?? []), result.toLowerCase()]);
  }
  return { authservId, methods };
}

/**
 * The verdict of the server we trust: the header whose authserv-id is `trustedId` when one is configured
 * (MAIL_AUTHSERV_ID), else the topmost (RFC 8601 §5: a receiving server adds its own above any others, and a
 * sender can write any it likes below).
 */
export function senderCheck(headers: string[], trustedId: string | undefined): SenderCheck {
  const parsed = headers.map(parseAuthenticationResults).filter((r): r is Results => r !== null);
  const ours = trustedId ? parsed.find((r) => r.authservId === trustedId.toLowerCase()) : parsed[0];
  if (!ours) return "unknown";
  const passed = (method: string) => ours.methods.get(method)?.includes("pass") ?? false;
  if (ours.methods.has("dmarc")) return passed("dmarc") ? "pass" : "fail";
  if (!ours.methods.has("spf") && !ours.methods.has("dkim")) return "unknown";
  return passed("spf") || passed("dkim") ? "pass" : "fail";
}
