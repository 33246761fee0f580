import { createMonitor } from "@/server/domain/monitor/create";
import { listMonitors } from "@/server/domain/monitor/list";
import { createMonitorInput, setMonitorActiveInput } from "@/server/domain/monitor/schemas";
import { setMonitorActive } from "@/server/domain/monitor/set-active";
import { adminProcedure, createTRPCRouter } from "@/server/api/trpc";

export const monitorRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listMonitors({ ctx })),
  create: adminProcedure.input(createMonitorInput).mutation(({ ctx, input }) => createMonitor({ ctx, input })),
  setActive: adminProcedure.input(setMonitorActiveInput).mutation(({ ctx, input }) => setMonitorActive({ ctx, input })),
});
