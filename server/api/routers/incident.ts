import { z } from "zod";
import { confirmIncident } from "../../domain/incident/confirm";
import { listActiveMajorIncidents } from "../../domain/incident/active-major";
import { getIncidentBoard } from "../../domain/incident/board";
import { getIncidentDetail } from "../../domain/incident/get-detail";
import { getPublicIncident } from "../../domain/incident/get-public";
import { mergeIncidents } from "../../domain/incident/merge";
import { openOwnMotionCase } from "../../domain/incident/open-own-motion";
import { postIncidentUpdate } from "../../domain/incident/post-update";
import {
  confirmIncidentInput,
  incidentCodeInput,
  incidentRefInput,
  mergeIncidentsInput,
  postIncidentUpdateInput,
  splitIncidentInput,
  updateIncidentInput,
} from "../../domain/incident/schemas";
import { splitIncident } from "../../domain/incident/split";
import { updateIncident } from "../../domain/incident/update";
import { createTRPCRouter, publicProcedure, staffProcedure } from "../trpc";
import { bilingual } from "../../domain/schema-helpers";

const update = z.object({ status: z.string(), body: z.string(), language: z.string(), byAgency: z.boolean(), at: z.date() });
const boardIncident = z.object({
  code: z.string(),
  title: bilingual,
  status: z.string(),
  severity: z.string(),
  reportCount: z.number(),
  placeCount: z.number(),
  places: z.array(z.string()),
  startedAt: z.date().nullable(),
  endedAt: z.date().nullable(),
  service: bilingual.nullable(),
  agency: bilingual.extend({ slug: z.string() }).nullable(),
  updates: z.array(update),
});
const boardOutput = z.object({
  active: z.array(boardIncident),
  resolved: z.array(boardIncident),
  history: z.array(
    z.object({
      service: bilingual,
      agency: bilingual,
      monitor: z.object({ state: z.enum(["up", "down", "pending"]), since: z.date().nullable() }).nullable(),
      days: z.array(z.object({ day: z.string(), severity: z.string().nullable(), uptime: z.number().nullable() })),
    }),
  ),
});

export const incidentRouter = createTRPCRouter({
  get: staffProcedure.input(incidentRefInput).query(({ ctx, input }) => getIncidentDetail({ ctx, input })),
  confirm: staffProcedure.input(confirmIncidentInput).mutation(({ ctx, input }) => confirmIncident({ ctx, input })),
  update: staffProcedure.input(updateIncidentInput).mutation(({ ctx, input }) => updateIncident({ ctx, input })),
  postUpdate: staffProcedure.input(postIncidentUpdateInput).mutation(({ ctx, input }) => postIncidentUpdate({ ctx, input })),
  merge: staffProcedure.input(mergeIncidentsInput).mutation(({ ctx, input }) => mergeIncidents({ ctx, input })),
  split: staffProcedure.input(splitIncidentInput).mutation(({ ctx, input }) => splitIncident({ ctx, input })),
  openOwnMotion: staffProcedure.input(incidentRefInput).mutation(({ ctx, input }) => openOwnMotionCase({ ctx, input })),
  activeMajor: publicProcedure
    .output(z.array(z.object({ code: z.string(), title: bilingual, status: z.string() })))
    .query(({ ctx }) => listActiveMajorIncidents({ ctx })),
  board: publicProcedure.output(boardOutput).query(({ ctx }) => getIncidentBoard({ ctx })),
  public: publicProcedure
    .input(incidentCodeInput)
    .output(
      z.object({
        code: z.string(),
        title: bilingual,
        summary: bilingual,
        status: z.string(),
        severity: z.string(),
        serviceName: bilingual.nullable(),
        agencyName: bilingual.nullable(),
        places: z.array(z.string()),
        reportCount: z.number(),
        firstReportAt: z.date().nullable(),
        peakAt: z.date().nullable(),
        lastReportAt: z.date().nullable(),
        resolvedAt: z.date().nullable(),
        updates: z.array(z.object({ status: z.string(), body: z.string(), language: z.string(), byAgency: z.boolean(), at: z.date() })),
        hourly: z.array(z.object({ hour: z.string(), count: z.number() })),
        measuredDowntime: z.array(z.object({ startedAt: z.date(), endedAt: z.date().nullable() })),
      }),
    )
    .query(({ ctx, input }) => getPublicIncident({ ctx, input })),
});
