import {
  agencyInboxOutput,
  agencyIncidentsOutput,
  agencyRequestOutput,
  agencyStatementInput,
  answerOutput,
  requestRefInput,
  sendClarificationInput,
  sendClarificationOutput,
  staffClarificationsOutput,
  statementOutput,
} from "@/server/domain/clarification/schemas";
import { listAgencyInbox } from "@/server/domain/clarification/agency-inbox";
import { getRequestForAgency } from "@/server/domain/clarification/get-for-agency";
import { answerClarification } from "@/server/domain/clarification/answer";
import { listClarificationsFor } from "@/server/domain/clarification/list-for-subject";
import { subjectInput } from "@/server/domain/clarification/schemas";
import { sendClarificationRequest } from "@/server/domain/clarification/send";
import { postAgencyStatement } from "@/server/domain/clarification/post-statement";
import { listAgencyIncidents } from "@/server/domain/clarification/list-agency-incidents";
import { multipartInput, readMultipart } from "@/server/http/form-data";
import { agencyProcedure, createTRPCRouter, staffProcedure } from "@/server/api/trpc";

export const clarificationRouter = createTRPCRouter({
  send: staffProcedure
    .input(sendClarificationInput)
    .output(sendClarificationOutput)
    .mutation(({ ctx, input }) => sendClarificationRequest({ ctx, input })),
  listFor: staffProcedure
    .input(subjectInput)
    .output(staffClarificationsOutput)
    .query(({ ctx, input }) => listClarificationsFor({ ctx, input })),
  inbox: agencyProcedure.output(agencyInboxOutput).query(({ ctx }) => listAgencyInbox({ ctx })),
  get: agencyProcedure
    .input(requestRefInput)
    .output(agencyRequestOutput)
    .query(({ ctx, input }) => getRequestForAgency({ ctx, input })),
  answer: agencyProcedure
    .input(multipartInput)
    .output(answerOutput)
    .mutation(async ({ ctx, input }) => {
      const { data, files } = await readMultipart(input);
      return answerClarification({ ctx, input: data, files });
    }),
  agencyIncidents: agencyProcedure.output(agencyIncidentsOutput).query(({ ctx }) => listAgencyIncidents({ ctx })),
  statement: agencyProcedure
    .input(agencyStatementInput)
    .output(statementOutput)
    .mutation(({ ctx, input }) => postAgencyStatement({ ctx, input })),
});
