import { getMe } from "@/server/domain/user/get-me";
import { setLocaleInput } from "@/server/domain/user/schemas";
import { setUserLocale } from "@/server/domain/user/set-locale";
import { listStaff } from "@/server/domain/user/list-staff";
import { createTRPCRouter, protectedProcedure, staffProcedure } from "@/server/api/trpc";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) => getMe({ ctx })),
  staff: staffProcedure.query(({ ctx }) => listStaff({ ctx })),
  setLocale: protectedProcedure.input(setLocaleInput).mutation(({ ctx, input }) => setUserLocale({ ctx, input })),
});
