import { describe, expect, it } from "vitest";
import { routeLabel } from "@/server/metrics/route-label";

describe("route labels for metrics and the access log", () => {
  it("names a route by its pattern, never by a chunk, code, id or query", () => {
    expect(routeLabel("/_next/static/chunks/3y705tc4v-41-.js")).toBe("/_next/static");
    expect(routeLabel("/_next/image?url=%2Fx.png&w=64")).toBe("/_next/image");
    expect(routeLabel("/track/H1K3-DPWF-FP")).toBe("/track/:code");
    expect(routeLabel("/en/insiden/INC-2020-0001")).toBe("/insiden/:code");
    expect(routeLabel("/console/complaints/6f1c0e0e-0000-4000-8000-000000000000")).toBe("/console/complaints/:id");
    expect(routeLabel("/console?q=Sari%20Rahasia&channel=email")).toBe("/console");
    expect(routeLabel("/console/mail")).toBe("/console/mail");
    expect(routeLabel("/privasi")).toBe("/privasi");
    expect(routeLabel("/api/webhooks/whatsapp?hub.verify_token=x")).toBe("/api/webhooks/whatsapp");
    expect(routeLabel("/wp-login.php")).toBe("other");
  });
});
