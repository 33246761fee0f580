import { getMe } from "../../domain/user/get-me";
import { setLocaleInput } from "../../domain/user/schemas";
import { setUserLocale } from "../../domain/user/set-locale";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const userRouter = createTRPCRouter({
  me: protectedProcedure.query(({ ctx }) => getMe({ ctx })),
  setLocale: protectedProcedure.input(setLocaleInput).mutation(({ ctx, input }) => setUserLocale({ ctx, input })),
});
