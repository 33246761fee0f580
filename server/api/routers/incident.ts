import { confirmIncident } from "@/server/domain/incident/confirm";
import { listActiveMajorIncidents } from "@/server/domain/incident/active-major";
import { getIncidentBoard } from "@/server/domain/incident/board";
import { getIncidentDetail } from "@/server/domain/incident/get-detail";
import { getPublicIncident } from "@/server/domain/incident/get-public";
import { mergeIncidents } from "@/server/domain/incident/merge";
import { openOwnMotionCase } from "@/server/domain/incident/open-own-motion";
import { postIncidentUpdate } from "@/server/domain/incident/post-update";
import {
  activeMajorOutput,
  boardOutput,
  confirmIncidentInput,
  editIncidentInput,
  incidentCodeInput,
  incidentDetailOutput,
  incidentRefInput,
  incidentVersionOutput,
  mergeIncidentsInput,
  mergeIncidentsOutput,
  ownMotionOutput,
  postIncidentUpdateInput,
  postIncidentUpdateOutput,
  publicIncidentOutput,
  splitIncidentInput,
  splitIncidentOutput,
} from "@/server/domain/incident/schemas";
import { splitIncident } from "@/server/domain/incident/split";
import { editIncident } from "@/server/domain/incident/edit";
import { createTRPCRouter, publicProcedure, staffProcedure } from "@/server/api/trpc";

export const incidentRouter = createTRPCRouter({
  get: staffProcedure
    .input(incidentRefInput)
    .output(incidentDetailOutput)
    .query(({ ctx, input }) => getIncidentDetail({ ctx, input })),
  confirm: staffProcedure
    .input(confirmIncidentInput)
    .output(incidentVersionOutput)
    .mutation(({ ctx, input }) => confirmIncident({ ctx, input })),
  edit: staffProcedure
    .input(editIncidentInput)
    .output(incidentVersionOutput)
    .mutation(({ ctx, input }) => editIncident({ ctx, input })),
  postUpdate: staffProcedure
    .input(postIncidentUpdateInput)
    .output(postIncidentUpdateOutput)
    .mutation(({ ctx, input }) => postIncidentUpdate({ ctx, input })),
  merge: staffProcedure
    .input(mergeIncidentsInput)
    .output(mergeIncidentsOutput)
    .mutation(({ ctx, input }) => mergeIncidents({ ctx, input })),
  split: staffProcedure
    .input(splitIncidentInput)
    .output(splitIncidentOutput)
    .mutation(({ ctx, input }) => splitIncident({ ctx, input })),
  openOwnMotion: staffProcedure
    .input(incidentRefInput)
    .output(ownMotionOutput)
    .mutation(({ ctx, input }) => openOwnMotionCase({ ctx, input })),
  activeMajor: publicProcedure.output(activeMajorOutput).query(({ ctx }) => listActiveMajorIncidents({ ctx })),
  board: publicProcedure.output(boardOutput).query(({ ctx }) => getIncidentBoard({ ctx })),
  public: publicProcedure
    .input(incidentCodeInput)
    .output(publicIncidentOutput)
    .query(({ ctx, input }) => getPublicIncident({ ctx, input })),
});
