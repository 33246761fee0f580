import { describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays, isWorkingDay } from "@/server/domain/procedure/calendar";
import { jakartaDay } from "@/server/i18n/jakarta-time";
import { DEFAULT_ALLOWANCES, type ProcedureConfig } from "@/server/domain/procedure/config";
import { computeDueAt } from "@/server/domain/procedure/deadline";

const wib = (s: string) => new Date(`${s}+07:00`);
const holidays = new Set(["2020-12-24", "2020-12-25", "2020-12-31", "2021-01-01"]);
const config: ProcedureConfig = { allowances: DEFAULT_ALLOWANCES, holidays };

describe("deadline calendar (Asia/Jakarta)", () => {
  it("reads the Jakarta date, not the UTC one", () => {
    expect(jakartaDay(new Date("2020-12-19T18:30:00Z"))).toBe("2020-12-20"); // 01:30 WIB on the 20th
    expect(jakartaDay(wib("2020-12-19T23:59:00"))).toBe("2020-12-19");
  });

  it("skips weekends and holidays", () => {
    expect(isWorkingDay("2020-12-19", holidays)).toBe(false); // Saturday
    expect(isWorkingDay("2020-12-21", holidays)).toBe(true); // Monday
    expect(isWorkingDay("2020-12-25", holidays)).toBe(false); // Christmas
    // Saturday 19 Dec + 3 working days: Mon 21, Tue 22, Wed 23 → end of Wed 23 Dec.
    expect(addWorkingDays(wib("2020-12-19T09:41:00"), 3, holidays).toISOString()).toBe(wib("2020-12-23T23:59:59.999").toISOString());
    // Wed 23 Dec + 3 working days: 24 and 25 are holidays, 26–27 weekend → Mon 28, Tue 29, Wed 30.
    expect(addWorkingDays(wib("2020-12-23T10:00:00"), 3, holidays).toISOString()).toBe(wib("2020-12-30T23:59:59.999").toISOString());
    // Across the new year: 31 Dec and 1 Jan are holidays, 2–3 Jan a weekend.
    expect(addWorkingDays(wib("2020-12-30T10:00:00"), 1, holidays).toISOString()).toBe(wib("2021-01-04T23:59:59.999").toISOString());
  });

  it("counts calendar days straight through", () => {
    expect(addCalendarDays(wib("2020-12-19T09:00:00"), 30).toISOString()).toBe(wib("2021-01-18T23:59:59.999").toISOString());
  });
});

describe("deadlines from the stage history", () => {
  it("gives a received report three working days", () => {
    expect(computeDueAt([{ toStage: "received", at: wib("2020-12-19T09:41:00") }], config)).toEqual(wib("2020-12-23T23:59:59.999"));
  });

  it("gives the reporter 30 calendar days when information is requested, and has none once closed", () => {
    const history = [
      { toStage: "received" as const, at: wib("2020-12-19T09:00:00") },
      { toStage: "formal_verification" as const, at: wib("2020-12-21T09:00:00") },
      { toStage: "awaiting_reporter" as const, at: wib("2020-12-22T09:00:00") },
    ];
    expect(computeDueAt(history, config)).toEqual(wib("2021-01-21T23:59:59.999"));
    expect(computeDueAt([...history, { toStage: "closed", at: wib("2021-01-22T09:00:00") }], config)).toBeNull();
  });

  it("pauses the Ombudsman's clock while waiting on the reporter and resumes it after", () => {
    const start = wib("2020-12-21T09:00:00");
    const uninterrupted = computeDueAt([{ toStage: "formal_verification", at: start }], config)!;
    const paused = computeDueAt(
      [
        { toStage: "formal_verification", at: start },
        { toStage: "awaiting_reporter", at: wib("2020-12-22T09:00:00") },
        { toStage: "formal_verification", at: wib("2020-12-29T09:00:00") }, // answered 7 days later
      ],
      config,
    )!;
    expect(paused.getTime() - uninterrupted.getTime()).toBe(7 * 24 * 3600_000);
  });

  it("uses configured allowances", () => {
    const custom: ProcedureConfig = { ...config, allowances: { ...DEFAULT_ALLOWANCES, examination: { amount: 14, unit: "calendar_days" } } };
    expect(computeDueAt([{ toStage: "examination", at: wib("2020-12-20T08:00:00") }], custom)).toEqual(wib("2021-01-03T23:59:59.999"));
  });
});
