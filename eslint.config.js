import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

// Layers point one way: app → server/api (tRPC) and server/http (other transports) → server/domain → server/db, checked on resolved paths (relative
// imports, `@/` aliases and packages alike). server/app-db (the process's handle) and server/seed sit above the domain.
const DRIVERS = ["./node_modules/postgres", "./node_modules/@electric-sql/pglite", "./node_modules/drizzle-orm"];
const NO_DATABASE =
  "Pages, route handlers, routers and jobs get data through the domain (server/domain) and tRPC, never the database or its drivers. Only server/db/schema/constants is shared.";
const LAYERS = [
  {
    target: ["./app", "./server/api/routers", "./server/http/open311"],
    from: "./server/db",
    except: ["./schema/constants.ts"],
    message: NO_DATABASE,
  },
  { target: ["./app", "./server/api/routers", "./server/http/open311", "./server/jobs"], from: DRIVERS, message: NO_DATABASE },
  { target: ["./app", "./server/api/routers", "./server/http/open311", "./server/jobs"], from: "./server/app-db.ts", message: NO_DATABASE },
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
      "./server/http",
      "./server/app-db.ts",
      "./app",
      "./node_modules/next",
      "./node_modules/next-auth",
      "./node_modules/@trpc",
      "./node_modules/react",
    ],
    message: "The domain knows nothing of transport or UI.",
  },
  {
    target: "./server/domain",
    from: "./server/metrics",
    message: "The domain reports what it did through server/domain/observe.ts; the metrics layer listens, never the reverse.",
  },
  // Sign-in sits under the transports (the tRPC context reads the session through it), never on top of them.
  { target: "./server/auth", from: ["./server/api", "./server/http", "./app"], message: "Auth is used by the transports; it imports none of them." },
  {
    target: "./server/db",
    from: ["./server/domain", "./server/api", "./server/http", "./server/seed", "./server/i18n", "./server/app-db.ts", "./app"],
    message: "The database layer is the bottom: it imports nothing above it.",
  },
];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", ".data/**", "next-env.d.ts", "drizzle/**", "public/sw.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
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
    files: ["**/*.{ts,tsx}"],
    ignores: ["app/_sw/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["../*"], message: "Import through the `@/` alias; `./` is for a module's own folder." }] },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSAsExpression > TSNeverKeyword",
          message: "`as never` switches type checking off: type the value, or say why in an eslint-disable comment.",
        },
      ],
    },
  },
  // Tests and benchmarks read JSON bodies (any by nature, checked by their assertions), write async stand-ins for
  // interfaces that need not wait, and assert presence with `!` (a missing row throws and fails the test, as it
  // should); the rest of type-aware lint applies to them as to the product.
  {
    files: ["tests/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/require-await": "off",
      // Test servers hand node:http an async handler that catches its own errors.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
    },
  },
  // The demo seed and the demo mail script look up rows of the fixed demo data they just wrote: a missing one is
  // a broken seed, which throws at once (and fails tests/integration/seed.test.ts).
  {
    files: ["server/seed/**", "scripts/lib/ehac-mails.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off" },
  },
  {
    files: ["scripts/**/*.mjs", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
