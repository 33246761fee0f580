import { getMe } from "../../domain/user/get-me";
import { setLocaleInput } from "../../domain/user/schemas";
import { setUserLocale } from "../../domain/user/set-locale";
import { listStaff } from "../../domain/user/list-staff";
import { createTRPCRouter, protectedProcedure, staffProcedure } from "../trpc";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) => getMe({ ctx })),
  staff: staffProcedure.query(({ ctx }) => listStaff({ ctx })),
  setLocale: protectedProcedure.input(setLocaleInput).mutation(({ ctx, input }) => setUserLocale({ ctx, input })),
});
