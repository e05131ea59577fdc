import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { resolveAuthSecret } from "./auth-secret";
import { authenticateCredentials } from "./authenticate-credentials";

/**
 * Auth.js: email + password (bcrypt hashes in User.passwordHash), JWT sessions (the credentials
 * provider cannot use database sessions). Roles live on Membership and are read per request,
 * so a role change takes effect on the next request, not at the next sign-in.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 60 * 60 * 24 * 14 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials) => authenticateCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
