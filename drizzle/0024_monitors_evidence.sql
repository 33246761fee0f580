CREATE TABLE "monitor_checks" (
	"monitor_id" uuid NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"ok" boolean NOT NULL,
	"latency_ms" integer NOT NULL,
	"status_code" smallint,
	"error" text,
	CONSTRAINT "monitor_checks_monitor_id_checked_at_pk" PRIMARY KEY("monitor_id","checked_at")
);
--> statement-breakpoint
CREATE TABLE "monitor_outages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"monitor_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"last_failure_at" timestamp with time zone NOT NULL,
	"failed_checks" integer NOT NULL,
	"last_error" text,
	"incident_id" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitor_outages_window_check" CHECK ("monitor_outages"."ended_at" is null or "monitor_outages"."ended_at" >= "monitor_outages"."started_at")
);
--> statement-breakpoint
CREATE TABLE "monitor_rollups" (
	"monitor_id" uuid NOT NULL,
	"grain" text NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"checks" integer NOT NULL,
	"failures" integer NOT NULL,
	"p50_ms" integer NOT NULL,
	"p95_ms" integer NOT NULL,
	"max_ms" integer NOT NULL,
	CONSTRAINT "monitor_rollups_monitor_id_grain_bucket_start_pk" PRIMARY KEY("monitor_id","grain","bucket_start"),
	CONSTRAINT "monitor_rollups_grain_check" CHECK ("monitor_rollups"."grain" in ('minute', 'hour')),
	CONSTRAINT "monitor_rollups_counts_check" CHECK ("monitor_rollups"."failures" between 0 and "monitor_rollups"."checks")
);
--> statement-breakpoint
CREATE TABLE "monitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text NOT NULL,
	"url" text NOT NULL,
	"method" text DEFAULT 'GET' NOT NULL,
	"expect_status_min" integer DEFAULT 200 NOT NULL,
	"expect_status_max" integer DEFAULT 399 NOT NULL,
	"expect_text" text,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"interval_seconds" integer DEFAULT 60 NOT NULL,
	"failures_to_open" integer DEFAULT 3 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"next_due_at" timestamp with time zone NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_checked_at" timestamp with time zone,
	"last_ok" boolean,
	"last_error" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitors_method_check" CHECK ("monitors"."method" in ('GET', 'HEAD')),
	CONSTRAINT "monitors_interval_check" CHECK ("monitors"."interval_seconds" between 30 and 86400),
	CONSTRAINT "monitors_timeout_check" CHECK ("monitors"."timeout_ms" between 1000 and 30000),
	CONSTRAINT "monitors_status_check" CHECK ("monitors"."expect_status_min" between 100 and 599 and "monitors"."expect_status_max" between "monitors"."expect_status_min" and 599),
	CONSTRAINT "monitors_failures_check" CHECK ("monitors"."failures_to_open" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_report_versions" ADD COLUMN "evidence" jsonb;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD COLUMN "evidence_parts" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "monitor_checks" ADD CONSTRAINT "monitor_checks_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_outages" ADD CONSTRAINT "monitor_outages_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_outages" ADD CONSTRAINT "monitor_outages_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_outages" ADD CONSTRAINT "monitor_outages_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_rollups" ADD CONSTRAINT "monitor_rollups_monitor_id_monitors_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitors" ADD CONSTRAINT "monitors_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_checks_checked_at_idx" ON "monitor_checks" USING btree ("checked_at");--> statement-breakpoint
CREATE INDEX "monitor_outages_monitor_id_started_at_idx" ON "monitor_outages" USING btree ("monitor_id","started_at");--> statement-breakpoint
CREATE INDEX "monitor_outages_incident_id_idx" ON "monitor_outages" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "monitor_outages_service_id_started_at_idx" ON "monitor_outages" USING btree ("service_id","started_at");--> statement-breakpoint
CREATE INDEX "monitor_rollups_grain_bucket_start_idx" ON "monitor_rollups" USING btree ("grain","bucket_start");--> statement-breakpoint
CREATE INDEX "monitors_is_active_next_due_at_idx" ON "monitors" USING btree ("is_active","next_due_at");--> statement-breakpoint
CREATE INDEX "monitors_service_id_idx" ON "monitors" USING btree ("service_id");--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_evidence_parts_check" CHECK ("evaluation_reports"."evidence_parts" <@ ARRAY['hourly', 'channels', 'places', 'categories', 'milestones', 'clarifications', 'recommendations']::text[]);--> statement-breakpoint
-- Incidents confirmed before this column existed: the time their confirmation was audited.
UPDATE "incidents" i SET "confirmed_at" = (
  SELECT min(a."occurred_at") FROM "audit_log" a WHERE a."action" = 'incident.confirm' AND a."entity_type" = 'incident' AND a."entity_id" = i."id"::text
) WHERE i."state" IN ('confirmed', 'merged');
--> statement-breakpoint
-- The board shows each monitored service's state: a monitor added, paused or moved, or an outage opened or
-- closed, moves the public "incidents" version (statement-level: one bump however many rows).
CREATE TRIGGER monitors_public_tag AFTER INSERT OR DELETE OR UPDATE OF is_active, service_id, name ON monitors
  FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_tag_changed('incidents');
--> statement-breakpoint
CREATE TRIGGER monitor_outages_public_tag AFTER INSERT OR DELETE OR UPDATE OF ended_at, incident_id ON monitor_outages
  FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_tag_changed('incidents');
--> statement-breakpoint
-- A roll-up moves the board's measured uptime like a report moves its counts: appended once per statement that
-- changed a bucket (a roll-up that found nothing new appends nothing, so cached pages stay).
CREATE OR REPLACE FUNCTION sigap_public_counts_if_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    INSERT INTO public_count_changes DEFAULT VALUES;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER monitor_rollups_public_counts_insert AFTER INSERT ON monitor_rollups
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
--> statement-breakpoint
CREATE TRIGGER monitor_rollups_public_counts_update AFTER UPDATE ON monitor_rollups
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
