import { z } from "zod";

export const credentialsSchema = z.object({
  email: z.email().max(254).transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1).max(256),
});
export type CredentialsInput = z.input<typeof credentialsSchema>;
