import type messages from "./messages/id.json";

// Translation keys are checked by tsc: a `t("…")` naming a key that id.json lacks does not compile (a test checks
// that en.json has the same keys).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
