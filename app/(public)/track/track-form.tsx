import { getTranslations } from "next-intl/server";
import { inputClass } from "@/app/_components/field";
import { Button } from "@/app/_components/form/button";

/** A plain GET form: works without JavaScript. */
export async function TrackForm({ defaultCode = "", error }: { defaultCode?: string; error?: string }) {
  const t = await getTranslations("track");
  return (
    <form action="/track" method="get" className="space-y-3">
      <label htmlFor="code" className="block font-medium">
        {t("code")}
      </label>
      <input
        id="code"
        name="code"
        defaultValue={defaultCode}
        required
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        placeholder="7K2Q-9MXA-4T"
        aria-describedby={error ? "code-error" : undefined}
        aria-invalid={error ? true : undefined}
        className={`${inputClass} font-mono uppercase tracking-wider`}
      />
      {error && (
        <p id="code-error" role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
      <Button>{t("submit")}</Button>
    </form>
  );
}
