import createNextIntlPlugin from "next-intl/plugin";
import { tsImport } from "tsx/esm/api";

// Fail the build (and `next start`) early when the environment is invalid.
await tsImport("./server/env.ts", import.meta.url);

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // CI type-checks the whole project (`npm run typecheck`) before it builds, and says so: the build need not do it
  // again (about 30 s). Any other build, local or on a server, still checks.
  typescript: { ignoreBuildErrors: process.env.SIGAP_TYPECHECKED === "1" },
  experimental: {
    // The report form posted without JavaScript carries its files: five at 10 MB, the fields, the framing
    // (server/http/multipart-limits.ts holds the same sum for the API).
    serverActions: { bodySizeLimit: "51mb" },
    // forbidden(): a page a role may not see answers 403 (app/forbidden.tsx), not 200 with a message.
    authInterrupts: true,
  },
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "sharp",
    "rate-limiter-flexible",
    "drizzle-orm",
    "pg-boss",
    "nodemailer",
    "pdfkit",
    // One copy per process: the metrics registry, and the cluster primary asks each worker for it.
    "prom-client",
    "pino",
    // Reads its CSV files next to its own code; and the triage model's tokenizer and classifier are CommonJS.
    "idn-area-data",
    "@nlpjs/lang-id",
    "wink-naive-bayes-text-classifier",
  ],
  async redirects() {
    return [
      { source: "/report", destination: "/lapor", permanent: false },
      { source: "/reports", destination: "/laporan", permanent: false },
      { source: "/reports/:slug", destination: "/laporan/:slug", permanent: false },
      { source: "/incidents", destination: "/insiden", permanent: false },
      { source: "/incidents/:code", destination: "/insiden/:code", permanent: false },
      { source: "/agencies", destination: "/instansi", permanent: false },
      { source: "/agencies/:slug", destination: "/instansi/:slug", permanent: false },
    ];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
