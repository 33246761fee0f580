import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { assertNoContactsInLog } from "@/tests/helpers/log-leaks";

const contacts = ["sari.rahasia@example.net", "+6281298765432", "6281298765432", "Sari Rahasia", "budi@example.org"];
const line = (msg: string) => JSON.stringify({ level: 30, reqId: "abc", msg, route: "/track/:code", status: 200 });
function logOf(lines: string[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sigap-log-")), "app.log");
  writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

describe("the browser run's log check", () => {
  const clean = Array.from({ length: 30 }, (_, i) => line(`request ${i}`));
  it("passes a log without contacts", () => {
    expect(() => assertNoContactsInLog(logOf(clean), contacts)).not.toThrow();
  });
  it("fails a log that holds a contact anywhere in a line", () => {
    expect(() => assertNoContactsInLog(logOf([...clean, line("tRPC failed for 6281298765432")]), contacts)).toThrow(/contains 1 reporter contact/);
  });
  it("fails when it could prove nothing: an empty log, or nothing to look for", () => {
    expect(() => assertNoContactsInLog(logOf([]), contacts)).toThrow(/would prove nothing/);
    expect(() => assertNoContactsInLog(logOf(clean), [])).toThrow(/would prove nothing/);
  });
});
