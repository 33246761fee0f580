import type { SentRequest } from "./clarification-panel";
import type { RouterOutputs } from "@/app/_trpc/types";

type Listed = RouterOutputs["clarification"]["listFor"][number];

/** Requests as the clarification panel shows them, with dates already formatted on the server. */
export function toSentRequests(requests: Listed[], dueLabel: (d: Date) => string, when: (d: Date) => string): SentRequest[] {
  return requests.map((r) => ({
    id: r.id,
    agencyName: r.agencyName,
    sequence: r.sequence,
    status: r.status,
    questions: r.questions,
    overdue: r.overdue,
    dueLabel: dueLabel(r.dueAt),
    responses: r.responses.map((x) => ({
      id: x.id,
      body: x.body,
      atLabel: when(x.at),
      attachments: x.attachments.map((a) => ({ id: a.id, name: a.name })),
    })),
  }));
}
