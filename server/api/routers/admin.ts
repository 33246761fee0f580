import { listAccounts } from "../../domain/admin/list-accounts";
import { listIdentityReveals } from "../../domain/admin/list-identity-reveals";
import { setAccountActive } from "../../domain/admin/set-account-active";
import { resetAccountPassword } from "../../domain/admin/reset-account-password";
import { createAccount } from "../../domain/admin/create-account";
import { listCatalogForAdmin } from "../../domain/admin/list-catalog";
import { createPlace } from "../../domain/admin/create-place";
import { updateService } from "../../domain/admin/update-service";
import { updateTopic } from "../../domain/admin/update-topic";
import { createService } from "../../domain/admin/create-service";
import { updateAgency } from "../../domain/admin/update-agency";
import { createAgency } from "../../domain/admin/create-agency";
import { decideAdminRequest } from "../../domain/admin/decide-request";
import { listAdminRequests } from "../../domain/admin/list-requests";
import { requestAdminChange } from "../../domain/admin/request-change";
import {
  accountRefInput,
  adminRequestInput,
  agencyInput,
  createAccountInput,
  decideAdminRequestInput,
  placeInput,
  serviceInput,
  setAccountActiveInput,
  updateAgencyInput,
  updateServiceInput,
  updateTopicInput,
} from "../../domain/admin/schemas";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  catalog: adminProcedure.query(({ ctx }) => listCatalogForAdmin({ ctx })),
  createAgency: adminProcedure.input(agencyInput).mutation(({ ctx, input }) => createAgency({ ctx, input })),
  updateAgency: adminProcedure.input(updateAgencyInput).mutation(({ ctx, input }) => updateAgency({ ctx, input })),
  createService: adminProcedure.input(serviceInput).mutation(({ ctx, input }) => createService({ ctx, input })),
  updateService: adminProcedure.input(updateServiceInput).mutation(({ ctx, input }) => updateService({ ctx, input })),
  updateTopic: adminProcedure.input(updateTopicInput).mutation(({ ctx, input }) => updateTopic({ ctx, input })),
  createPlace: adminProcedure.input(placeInput).mutation(({ ctx, input }) => createPlace({ ctx, input })),
  accounts: adminProcedure.query(({ ctx }) => listAccounts({ ctx })),
  identityReveals: adminProcedure.query(({ ctx }) => listIdentityReveals({ ctx })),
  createAccount: adminProcedure.input(createAccountInput).mutation(({ ctx, input }) => createAccount({ ctx, input })),
  resetPassword: adminProcedure.input(accountRefInput).mutation(({ ctx, input }) => resetAccountPassword({ ctx, input })),
  requests: adminProcedure.query(({ ctx }) => listAdminRequests({ ctx })),
  requestChange: adminProcedure.input(adminRequestInput).mutation(({ ctx, input }) => requestAdminChange({ ctx, input })),
  decideRequest: adminProcedure.input(decideAdminRequestInput).mutation(({ ctx, input }) => decideAdminRequest({ ctx, input })),
  setActive: adminProcedure.input(setAccountActiveInput).mutation(({ ctx, input }) => setAccountActive({ ctx, input })),
});
