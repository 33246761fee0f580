import { accountRouter } from "./routers/account";
import { adminRouter } from "./routers/admin";
import { monitorRouter } from "./routers/monitor";
import { catalogRouter } from "./routers/catalog";
import { clarificationRouter } from "./routers/clarification";
import { complaintRouter } from "./routers/complaint";
import { correctiveActionRouter } from "./routers/corrective-action";
import { incidentRouter } from "./routers/incident";
import { mailRouter } from "./routers/mail";
import { privacyRouter } from "./routers/privacy";
import { openDataRouter } from "./routers/open-data";
import { procedureRouter } from "./routers/procedure";
import { recommendationRouter } from "./routers/recommendation";
import { reportRouter } from "./routers/report";
import { statsRouter } from "./routers/stats";
import { mapRouter } from "./routers/map";
import { subscriptionRouter } from "./routers/subscription";
import { triageRouter } from "./routers/triage";
import { userRouter } from "./routers/user";
import { createCallerFactory, createTRPCRouter } from "./trpc";

/** The one registry of routers. */
export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  monitor: monitorRouter,
  catalog: catalogRouter,
  clarification: clarificationRouter,
  complaint: complaintRouter,
  correctiveAction: correctiveActionRouter,
  incident: incidentRouter,
  mail: mailRouter,
  openData: openDataRouter,
  privacy: privacyRouter,
  procedure: procedureRouter,
  recommendation: recommendationRouter,
  report: reportRouter,
  stats: statsRouter,
  map: mapRouter,
  subscription: subscriptionRouter,
  triage: triageRouter,
  user: userRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
