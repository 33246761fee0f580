import cluster from "node:cluster";
import client from "prom-client";
import { observeSubmissions } from "@/server/domain/observe";

const KEY = Symbol.for("sigap.metrics");

function create() {
  // prom-client's default registry: with several instances (serve.mjs's cluster) the primary sums the workers'.
  // Making an aggregator is what installs an instance's answer to the primary's request (prom-client 15).
  if (cluster.isWorker) new client.AggregatorRegistry();
  client.collectDefaultMetrics({ prefix: "sigap_" });
  const route = ["route", "method", "status"] as const;
  return {
    httpRequests: new client.Counter({
      name: "sigap_http_requests_total",
      help: "HTTP requests answered, by route pattern, method and status.",
      labelNames: route,
    }),
    httpSeconds: new client.Histogram({
      name: "sigap_http_request_duration_seconds",
      help: "Time to answer an HTTP request, by route pattern, method and status.",
      labelNames: route,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    }),
    publicCache: new client.Counter({
      name: "sigap_public_cache_responses_total",
      help: "Public pages answered by the shared cache, by result (HIT, STALE, MISS, BYPASS).",
      labelNames: ["result"] as const,
    }),
    submissions: new client.Counter({
      name: "sigap_submissions_total",
      help: "Reports submitted, by channel and outcome (accepted, replayed, or the reason for refusing).",
      labelNames: ["channel", "outcome"] as const,
    }),
    monitorChecks: new client.Counter({
      name: "sigap_monitor_checks_total",
      help: "Service checks run by this instance's job worker, by result (ok, or why it failed).",
      labelNames: ["result"] as const,
    }),
    monitorStartLag: new client.Histogram({
      name: "sigap_monitor_check_start_lag_seconds",
      help: "How long after its due time a service check started.",
      buckets: [0.25, 0.5, 1, 2, 5, 10, 30, 60],
    }),
    jobRuns: new client.Counter({
      name: "sigap_job_runs_total",
      help: "Background job runs, by queue and result.",
      labelNames: ["queue", "result"] as const,
    }),
  };
}

export type Metrics = ReturnType<typeof create>;

/** This process's metrics, made once however many of Next's bundles import this module. */
export function metrics(): Metrics {
  const holder = globalThis as unknown as Record<symbol, Metrics | undefined>;
  return (holder[KEY] ??= counting(create()));
}

/** The registry counts what the domain reports (server/domain/observe.ts), from the moment it is made. */
function counting(m: Metrics): Metrics {
  observeSubmissions((labels) => m.submissions.inc(labels));
  return m;
}
