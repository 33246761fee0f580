import { useTranslations } from "next-intl";

const SCORES = ["5", "4", "3", "2", "1"] as const;

type Summary = { count: number; average: number | null; distribution: number[] | null };

/**
 * Reporters' ratings of the handling, added up: the average and how many gave each score, shown only from five
 * ratings on (the server sends neither below that); fewer say only how many there are.
 */
export function RatingSummary({ rating, testId }: { rating: Summary; testId?: string }) {
  const t = useTranslations("rating");
  return (
    <section className="space-y-2 rounded-lg bg-white p-4 shadow-sm" data-testid={testId}>
      <h2 className="text-lg font-semibold">{t("summaryTitle")}</h2>
      {rating.average === null || rating.distribution === null ? (
        <p data-testid={testId && `${testId}-few`}>{t("tooFew", { count: rating.count })}</p>
      ) : (
        <>
          <p className="font-semibold" data-testid={testId && `${testId}-average`}>
            {t("average", { average: rating.average, count: rating.count })}
          </p>
          <table className="w-full max-w-sm text-left text-sm">
            <caption className="text-left text-slate-700">{t("distribution")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("scoreLabel")}</th>
                <th scope="col" className="text-right">
                  {t("countLabel")}
                </th>
              </tr>
            </thead>
            <tbody>
              {SCORES.map((score) => (
                <tr key={score}>
                  <th scope="row" className="font-normal">
                    {t(`scores.${score}`)}
                  </th>
                  <td className="text-right tabular-nums">{rating.distribution?.[Number(score) - 1] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
