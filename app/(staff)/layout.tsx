import { ClientProviders } from "@/app/_components/client-providers";
import { requireUser } from "./_lib/current-user";

/** Sends anonymous visitors to sign in. Access itself is checked again by every procedure on the server. */
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <ClientProviders>{children}</ClientProviders>;
}
