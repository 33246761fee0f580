import { ClientProviders } from "@/app/_components/client-providers";
import { requireUser } from "@/app/(staff)/_lib/current-user";

/** Sends anonymous visitors to sign in; the agency procedures check role and agency again. */
export default async function AgencyLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <ClientProviders>{children}</ClientProviders>;
}
