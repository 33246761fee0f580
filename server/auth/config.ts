import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/server/app-db";
import type { Role } from "@/server/db/schema/constants";
import { revokeSession } from "@/server/domain/auth/revoke-session";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { makeDomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { clientIpFrom } from "@/server/client-ip";
import { env } from "@/server/env";
import { sessionToken } from "./session-token";

declare module "next-auth" {
  interface User {
    role?: Role;
    agencyId?: string | null;
    sessionVersion?: number;
  }
  interface Session {
    user: { id: string; name: string; role: Role; agencyId: string | null; sessionVersion: number; sessionId: string; signedInAt: number };
  }
}

/** Idle lifetime: each request renews the cookie for this long. The absolute one (env.session.maxHours) never moves. */
export const SESSION_HOURS = env.session.idleHours;

/** Too many failed attempts for this account name or address; the sign-in form says so. */
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}
/** The password was right and the account signs in with a second factor: the form asks for the code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = "code_required";
}
export class SecondFactorInvalid extends CredentialsSignin {
  code = "code_invalid";
}

// JWT sessions: nothing kept in process memory, so any instance can serve any request. The token names the
// user, the session version it was issued under and its own id; role, agency, "still active", the version
// and "not signed out" are all checked against the database on every request (auth/load-actor).
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: "/signin" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const { db } = await getDb();
        const ctx = makeDomainCtx({ db, clientIp: clientIpFrom(request.headers.get("x-forwarded-for")) });
        const signedIn = await verifyCredentials({ ctx, input: credentials }).catch((error: unknown) => {
          if (error instanceof DomainError && error.kind === "RATE_LIMITED") throw new SignInThrottled();
          if (error instanceof DomainError && error.kind === "UNAUTHORIZED") {
            throw error.fieldErrors?.code?.[0] === "errors.totpRequired" ? new SecondFactorRequired() : new SecondFactorInvalid();
          }
          throw error;
        });
        if (!signedIn) return null;
        const { actor, sessionVersion } = signedIn;
        return { id: actor.userId, name: actor.name, role: actor.role, agencyId: actor.agencyId, sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => sessionToken(token, user, env.session.maxHours),
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub ?? "",
        name: session.user?.name ?? "",
        role: token.role as Role,
        agencyId: (token.agencyId as string | null) ?? null,
        sessionVersion: token.sv as number,
        sessionId: token.sid as string,
        signedInAt: token.at as number,
      };
      return session;
    },
  },
  events: {
    // Signing out ends this session for good, not just in this browser: a copied cookie stops working too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (typeof token?.sid !== "string") return;
      const { db } = await getDb();
      await revokeSession(
        db,
        token.sid,
        typeof token.exp === "number" ? new Date(token.exp * 1000) : new Date(Date.now() + SESSION_HOURS * 3600_000),
      );
    },
  },
});
