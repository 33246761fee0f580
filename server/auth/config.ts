import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "../db";
import type { Role } from "../db/schema/constants";
import { verifyCredentials } from "../domain/auth/verify-credentials";
import { makeDomainCtx } from "../domain/context";
import { DomainError } from "../domain/errors";
import { clientIpFrom } from "../api/client-ip";
import { env } from "../env";

declare module "next-auth" {
  interface User {
    role?: Role;
    agencyId?: string | null;
  }
  interface Session {
    user: { id: string; name: string; role: Role; agencyId: string | null };
  }
}

const SESSION_HOURS = 8;

/** Too many failed attempts for this account name or address; the sign-in form says so. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

// JWT sessions: nothing kept in process memory, so any instance can serve any request.
// The token only identifies the user; role, agency and "still active" are re-read from the database per request.
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const { db } = await getDb();
        const ctx = makeDomainCtx({ db, clientIp: clientIpFrom(request.headers.get("x-forwarded-for")) });
        const actor = await verifyCredentials({ ctx, input: credentials }).catch((error: unknown) => {
          if (error instanceof DomainError && error.kind === "RATE_LIMITED") throw new SignInThrottled();
          throw error;
        });
        if (!actor) return null;
        return { id: actor.userId, name: actor.name, role: actor.role, agencyId: actor.agencyId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.agencyId = user.agencyId ?? null;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub ?? "",
        name: session.user?.name ?? "",
        role: token.role as Role,
        agencyId: (token.agencyId as string | null) ?? null,
      };
      return session;
    },
  },
});
