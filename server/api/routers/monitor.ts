import { createMonitor } from "@/server/domain/monitor/create";
import { listMonitors } from "@/server/domain/monitor/list";
import { createMonitorInput, createMonitorOutput, monitorActiveOutput, monitorsOutput, setMonitorActiveInput } from "@/server/domain/monitor/schemas";
import { setMonitorActive } from "@/server/domain/monitor/set-active";
import { adminProcedure, createTRPCRouter } from "@/server/api/trpc";

export const monitorRouter = createTRPCRouter({
  list: adminProcedure.output(monitorsOutput).query(({ ctx }) => listMonitors({ ctx })),
  create: adminProcedure
    .input(createMonitorInput)
    .output(createMonitorOutput)
    .mutation(({ ctx, input }) => createMonitor({ ctx, input })),
  setActive: adminProcedure
    .input(setMonitorActiveInput)
    .output(monitorActiveOutput)
    .mutation(({ ctx, input }) => setMonitorActive({ ctx, input })),
});
