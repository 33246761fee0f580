import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "@/scripts/lib/app-process";

/** deploy/systemd's units pass `systemd-analyze verify`, with /opt/sigap pointing at this checkout so the commands exist. */
const dir = mkdtempSync(path.join(tmpdir(), "sigap-units-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("systemd units", () => {
  it.each(["sigap.service", "sigap-worker.service"])("%s verifies", (unit) => {
    const text = readFileSync(path.join(root, "deploy/systemd", unit), "utf8").replaceAll("/opt/sigap", root);
    writeFileSync(path.join(dir, unit), text);
    // verify exits non-zero on an error, and only warns (exit 0) on an unknown key: both fail the test.
    const run = spawnSync("systemd-analyze", ["verify", path.join(dir, unit)], { encoding: "utf8" });
    expect(run.error).toBeUndefined();
    expect({ status: run.status, stderr: run.stderr.trim() }).toEqual({ status: 0, stderr: "" });
  });
});
