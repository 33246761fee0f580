import { createMonitor } from "../../domain/monitor/create";
import { listMonitors } from "../../domain/monitor/list";
import { createMonitorInput, setMonitorActiveInput } from "../../domain/monitor/schemas";
import { setMonitorActive } from "../../domain/monitor/set-active";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const monitorRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listMonitors({ ctx })),
  create: adminProcedure.input(createMonitorInput).mutation(({ ctx, input }) => createMonitor({ ctx, input })),
  setActive: adminProcedure.input(setMonitorActiveInput).mutation(({ ctx, input }) => setMonitorActive({ ctx, input })),
});
