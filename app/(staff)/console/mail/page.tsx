import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { STAFF_ROLES } from "@/server/db/schema/constants";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mailbox"))("title"), robots: { index: false } };
}

/** Staff only: in demo mode mail is read here instead of being sent. */
export default async function MailboxPage() {
  await requireRole(STAFF_ROLES);
  const [t, format, caller] = await Promise.all([getTranslations("mailbox"), getFormatter(), getServerCaller()]);
  const mail = await caller.mail.mailbox();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      {mail.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="mailbox">
          {mail.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-3 shadow-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-semibold">{m.subject}</span>
                  <span className="block text-sm text-slate-700">
                    {t("to")}: {m.to} · {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                    {t(`status.${m.status as "sent"}`)}
                    {m.attempts > 1 ? ` · ${t("attempts")}: ${m.attempts}` : ""}
                  </span>
                </summary>
                <pre className="mt-2 text-sm whitespace-pre-wrap">{m.text}</pre>
                {m.lastError && <p className="text-sm text-red-700">{m.lastError}</p>}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
