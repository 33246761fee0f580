CREATE TABLE "privacy_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_ids" uuid[] NOT NULL,
	"code_hash" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"verified_at" timestamp with time zone,
	"session_hash" text,
	"session_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_challenges_session_check" CHECK (("privacy_challenges"."session_hash" is null) = ("privacy_challenges"."session_expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "privacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"details" jsonb,
	"locale" text DEFAULT 'id' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_requests_kind_check" CHECK ("privacy_requests"."kind" in ('access', 'correction', 'withdrawal', 'erasure')),
	CONSTRAINT "privacy_requests_status_check" CHECK ("privacy_requests"."status" in ('open', 'granted', 'refused')),
	CONSTRAINT "privacy_requests_locale_check" CHECK ("privacy_requests"."locale" in ('id', 'en')),
	CONSTRAINT "privacy_requests_decided_check" CHECK (("privacy_requests"."status" = 'open') = ("privacy_requests"."decided_at" is null)),
	CONSTRAINT "privacy_requests_reason_check" CHECK ("privacy_requests"."decision_reason" is null or char_length("privacy_requests"."decision_reason") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_requests" ADD CONSTRAINT "privacy_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "privacy_challenges_session_hash_idx" ON "privacy_challenges" USING btree ("session_hash");--> statement-breakpoint
CREATE INDEX "privacy_challenges_expires_at_idx" ON "privacy_challenges" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "privacy_requests_open_due_idx" ON "privacy_requests" USING btree ("due_at") WHERE "privacy_requests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "privacy_requests_complaint_id_idx" ON "privacy_requests" USING btree ("complaint_id","created_at");