import { getMe } from "@/server/domain/user/get-me";
import { localeOutput, meOutput, setLocaleInput, staffOutput } from "@/server/domain/user/schemas";
import { setUserLocale } from "@/server/domain/user/set-locale";
import { listStaff } from "@/server/domain/user/list-staff";
import { createTRPCRouter, protectedProcedure, staffProcedure } from "@/server/api/trpc";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.output(meOutput).query(({ ctx }) => getMe({ ctx })),
  staff: staffProcedure.output(staffOutput).query(({ ctx }) => listStaff({ ctx })),
  setLocale: protectedProcedure
    .input(setLocaleInput)
    .output(localeOutput)
    .mutation(({ ctx, input }) => setUserLocale({ ctx, input })),
});
