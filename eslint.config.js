import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

// Layers point one way: app → server/api → server/domain → server/db, checked on resolved paths (relative
// imports, `@/` aliases and packages alike). server/app-db (the process's handle) and server/seed sit above the domain.
const DRIVERS = ["./node_modules/postgres", "./node_modules/@electric-sql/pglite", "./node_modules/drizzle-orm"];
const NO_DATABASE =
  "Pages, route handlers, routers and jobs get data through the domain (server/domain) and tRPC, never the database or its drivers. Only server/db/schema/constants is shared.";
const LAYERS = [
  { target: ["./app", "./server/api/routers", "./server/api/open311"], from: "./server/db", except: ["./schema/constants.ts"], message: NO_DATABASE },
  { target: ["./app", "./server/api/routers", "./server/api/open311", "./server/jobs"], from: DRIVERS, message: NO_DATABASE },
  { target: ["./app", "./server/api/routers", "./server/api/open311", "./server/jobs"], from: "./server/app-db.ts", message: NO_DATABASE },
  // The job worker is handed the open database (its type), and runs domain verbs with it; it may tell a database
  // that is away from a real error (unavailable.ts reads error codes, it opens nothing), and it opens pg-boss on
  // that database (pg-boss.ts: its adapter to PGlite and its schema guard; pg-boss's own tables, not Sigap's).
  {
    target: "./server/jobs",
    from: "./server/db",
    except: ["./connect.ts", "./types.ts", "./index.ts", "./unavailable.ts", "./pg-boss.ts"],
    message: NO_DATABASE,
  },
  { target: ["./app/!(api)/**", "./app/*"], from: "./server/domain", message: "Pages call tRPC, not the domain." },
  {
    target: "./server/domain",
    from: [
      "./server/api",
      "./server/app-db.ts",
      "./app",
      "./node_modules/next",
      "./node_modules/next-auth",
      "./node_modules/@trpc",
      "./node_modules/react",
    ],
    message: "The domain knows nothing of transport or UI.",
  },
  // Sign-in sits under the transports (the tRPC context reads the session through it), never on top of them.
  { target: "./server/auth", from: ["./server/api", "./app"], message: "Auth is used by the transports; it imports none of them." },
  {
    target: "./server/db",
    from: ["./server/domain", "./server/api", "./server/seed", "./server/app-db.ts", "./app"],
    message: "The database layer is the bottom: it imports nothing above it.",
  },
];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "drizzle/**", "public/sw.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs["core-web-vitals"].rules },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs,js}"],
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: { "import-x/no-restricted-paths": ["error", { zones: LAYERS }] },
  },
  {
    files: ["scripts/**/*.mjs", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
