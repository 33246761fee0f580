import { redirect } from "next/navigation";
import { auth } from "@/server/auth/config";
import { ClientProviders } from "../_components/client-providers";

/** Sends anonymous visitors to sign in; the agency procedures check role and agency again. */
export default async function AgencyLayout({ children }: { children: React.ReactNode }) {
  const session = await auth();
  if (!session?.user?.id) redirect("/signin?callbackUrl=/agency");
  return <ClientProviders>{children}</ClientProviders>;
}
