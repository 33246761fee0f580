import { listAccounts } from "@/server/domain/admin/list-accounts";
import { listIdentityReveals } from "@/server/domain/admin/list-identity-reveals";
import { setAccountActive } from "@/server/domain/admin/set-account-active";
import { resetAccountPassword } from "@/server/domain/admin/reset-account-password";
import { createAccount } from "@/server/domain/admin/create-account";
import { listCatalogForAdmin } from "@/server/domain/admin/list-catalog";
import { createPlace } from "@/server/domain/admin/create-place";
import { updateService } from "@/server/domain/admin/update-service";
import { updateTopic } from "@/server/domain/admin/update-topic";
import { createService } from "@/server/domain/admin/create-service";
import { updateAgency } from "@/server/domain/admin/update-agency";
import { createAgency } from "@/server/domain/admin/create-agency";
import { decideAdminRequest } from "@/server/domain/admin/decide-request";
import { listAdminRequests } from "@/server/domain/admin/list-requests";
import { requestAdminChange } from "@/server/domain/admin/request-change";
import {
  accountActiveOutput,
  accountRefInput,
  accountsOutput,
  adminCatalogOutput,
  adminRequestInput,
  adminRequestOutput,
  adminRequestsOutput,
  agencyInput,
  catalogueRowOutput,
  createAccountInput,
  createAccountOutput,
  decideAdminRequestInput,
  decideAdminRequestOutput,
  identityRevealsOutput,
  placeInput,
  resetPasswordOutput,
  serviceInput,
  setAccountActiveInput,
  topicOutput,
  updateAgencyInput,
  updateServiceInput,
  updateTopicInput,
} from "@/server/domain/admin/schemas";
import { adminProcedure, createTRPCRouter } from "@/server/api/trpc";

export const adminRouter = createTRPCRouter({
  catalog: adminProcedure.output(adminCatalogOutput).query(({ ctx }) => listCatalogForAdmin({ ctx })),
  createAgency: adminProcedure
    .input(agencyInput)
    .output(catalogueRowOutput)
    .mutation(({ ctx, input }) => createAgency({ ctx, input })),
  updateAgency: adminProcedure
    .input(updateAgencyInput)
    .output(catalogueRowOutput)
    .mutation(({ ctx, input }) => updateAgency({ ctx, input })),
  createService: adminProcedure
    .input(serviceInput)
    .output(catalogueRowOutput)
    .mutation(({ ctx, input }) => createService({ ctx, input })),
  updateService: adminProcedure
    .input(updateServiceInput)
    .output(catalogueRowOutput)
    .mutation(({ ctx, input }) => updateService({ ctx, input })),
  updateTopic: adminProcedure
    .input(updateTopicInput)
    .output(topicOutput)
    .mutation(({ ctx, input }) => updateTopic({ ctx, input })),
  createPlace: adminProcedure
    .input(placeInput)
    .output(catalogueRowOutput)
    .mutation(({ ctx, input }) => createPlace({ ctx, input })),
  accounts: adminProcedure.output(accountsOutput).query(({ ctx }) => listAccounts({ ctx })),
  identityReveals: adminProcedure.output(identityRevealsOutput).query(({ ctx }) => listIdentityReveals({ ctx })),
  createAccount: adminProcedure
    .input(createAccountInput)
    .output(createAccountOutput)
    .mutation(({ ctx, input }) => createAccount({ ctx, input })),
  resetPassword: adminProcedure
    .input(accountRefInput)
    .output(resetPasswordOutput)
    .mutation(({ ctx, input }) => resetAccountPassword({ ctx, input })),
  requests: adminProcedure.output(adminRequestsOutput).query(({ ctx }) => listAdminRequests({ ctx })),
  requestChange: adminProcedure
    .input(adminRequestInput)
    .output(adminRequestOutput)
    .mutation(({ ctx, input }) => requestAdminChange({ ctx, input })),
  decideRequest: adminProcedure
    .input(decideAdminRequestInput)
    .output(decideAdminRequestOutput)
    .mutation(({ ctx, input }) => decideAdminRequest({ ctx, input })),
  setActive: adminProcedure
    .input(setAccountActiveInput)
    .output(accountActiveOutput)
    .mutation(({ ctx, input }) => setAccountActive({ ctx, input })),
});
