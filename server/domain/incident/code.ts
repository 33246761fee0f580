import { customAlphabet } from "nanoid";

const generate = customAlphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 6);

/** A short public reference for an incident, e.g. `INC-7K2Q9M`. */
export function newIncidentCode(): string {
  return `INC-${generate()}`;
}
