CREATE TABLE "admin_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"target_user_id" uuid,
	"email" text,
	"name" text,
	"locale" text,
	"requested_by_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_requests_kind_check" CHECK ("admin_requests"."kind" in ('create_admin', 'reset_password', 'reset_two_factor')),
	CONSTRAINT "admin_requests_status_check" CHECK ("admin_requests"."status" in ('pending', 'approved', 'rejected', 'cancelled')),
	CONSTRAINT "admin_requests_target_check" CHECK ("admin_requests"."kind" = 'create_admin' or "admin_requests"."target_user_id" is not null),
	CONSTRAINT "admin_requests_new_admin_check" CHECK ("admin_requests"."kind" <> 'create_admin' or ("admin_requests"."email" is not null and "admin_requests"."name" is not null))
);
--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD COLUMN "contributor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sponsor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "admin_requests" ADD CONSTRAINT "admin_requests_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_requests" ADD CONSTRAINT "admin_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_requests" ADD CONSTRAINT "admin_requests_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_requests_status_idx" ON "admin_requests" USING btree ("status","requested_at");--> statement-breakpoint
-- Reports written before contributors were kept: their author, last editor and submitter are what is known.
UPDATE "evaluation_reports" SET "contributor_ids" = array_remove(ARRAY["created_by_id", "last_edited_by_id", "submitted_by_id"]::uuid[], NULL);--> statement-breakpoint
UPDATE "evaluation_reports" SET "contributor_ids" = ARRAY(SELECT DISTINCT unnest("contributor_ids"));
