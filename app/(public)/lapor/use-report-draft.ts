import { useEffect, useRef, useState } from "react";
import type { ReportFormState } from "./form-state";
import { blankDraft, draftFromValues, emptyDraft, loadDraft, newIdempotencyKey, saveDraft, typedBeforeHydration, type Draft } from "./draft-store";

/**
 * The report being written. The server's HTML starts from a blank form (or the one a no-script post sent back);
 * when the scripts take over, what was typed before they arrived wins, then a draft kept from before (reload,
 * crash, dropped connection), then a fresh one; from then on the draft is saved on the device as it changes.
 */
export function useReportDraft(posted: ReportFormState, renderedAt: string) {
  const [rendered] = useState<Draft>(() => (posted ? draftFromValues(posted.values) : blankDraft(renderedAt)));
  const [draft, setDraft] = useState<Draft>(rendered);
  const [enhanced, setEnhanced] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const typed = formRef.current ? typedBeforeHydration(formRef.current, rendered) : {};
    // The form re-renders as enhanced only together with the draft that holds what was typed: re-rendered
    // earlier, with the blank draft, its fields would go empty until the device's draft is read.
    if (posted) {
      setDraft((d) => ({ ...d, ...typed, idempotencyKey: d.idempotencyKey || newIdempotencyKey() }));
      setEnhanced(true);
      setLoaded(true);
      return;
    }
    void loadDraft().then((stored) => {
      setDraft({ ...(stored ?? emptyDraft()), ...typed });
      setEnhanced(true);
      setLoaded(true);
    });
  }, [posted, rendered]);
  useEffect(() => {
    if (loaded) void saveDraft(draft);
  }, [draft, loaded]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  return { draft, setDraft, update, enhanced, loaded, formRef };
}
