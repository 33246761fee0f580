import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import tseslint from "typescript-eslint";

const dbInternals = {
  // Anything under server/db except the drizzle-free constants module, and drizzle itself.
  regex: "(^|/)server/db(/(?!schema/constants$).*)?$|^drizzle-orm(/.*)?$",
  message: "Pages and routers get data through the domain (server/domain) and tRPC, not the database. Only server/db/schema/constants is shared.",
};

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
  // Layers point one way: app → server/api → server/domain → server/db.
  {
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/api/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [dbInternals, { group: ["**/server/domain/*", "**/server/domain/**"], message: "Pages call tRPC, not the domain." }] }],
    },
  },
  {
    files: ["server/api/routers/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [dbInternals] }] },
  },
  {
    files: ["server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["next", "next/*", "next-auth", "next-auth/*", "@trpc/*", "react", "**/server/api/**", "**/api/*"], message: "The domain knows nothing of transport or UI." }] },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.js", "*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
