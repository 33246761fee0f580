import { createAccount, listAccounts, resetAccountPassword, setAccountActive } from "../../domain/admin/accounts";
import { createAgency, createPlace, createService, listCatalogForAdmin, updateAgency, updateService } from "../../domain/admin/catalog";
import {
  accountRefInput,
  agencyInput,
  createAccountInput,
  placeInput,
  serviceInput,
  setAccountActiveInput,
  updateAgencyInput,
  updateServiceInput,
} from "../../domain/admin/schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  catalog: adminProcedure.query(({ ctx }) => listCatalogForAdmin({ ctx })),
  createAgency: adminProcedure.input(agencyInput).mutation(({ ctx, input }) => createAgency({ ctx, input })),
  updateAgency: adminProcedure.input(updateAgencyInput).mutation(({ ctx, input }) => updateAgency({ ctx, input })),
  createService: adminProcedure.input(serviceInput).mutation(({ ctx, input }) => createService({ ctx, input })),
  updateService: adminProcedure.input(updateServiceInput).mutation(({ ctx, input }) => updateService({ ctx, input })),
  createPlace: adminProcedure.input(placeInput).mutation(({ ctx, input }) => createPlace({ ctx, input })),
  accounts: adminProcedure.query(({ ctx }) => listAccounts({ ctx })),
  createAccount: adminProcedure.input(createAccountInput).mutation(({ ctx, input }) => createAccount({ ctx, input })),
  resetPassword: adminProcedure.input(accountRefInput).mutation(({ ctx, input }) => resetAccountPassword({ ctx, input })),
  setActive: adminProcedure.input(setAccountActiveInput).mutation(({ ctx, input }) => setAccountActive({ ctx, input })),
});
