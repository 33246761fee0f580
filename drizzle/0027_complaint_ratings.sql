CREATE TABLE "complaint_ratings" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_ratings_score_check" CHECK ("complaint_ratings"."score" between 1 and 5),
	CONSTRAINT "complaint_ratings_comment_check" CHECK (char_length("complaint_ratings"."comment") between 1 and 1000),
	CONSTRAINT "complaint_ratings_channel_check" CHECK ("complaint_ratings"."channel" in ('web', 'whatsapp'))
);
--> statement-breakpoint
ALTER TABLE "complaint_ratings" ADD CONSTRAINT "complaint_ratings_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_ratings" ADD CONSTRAINT "complaint_ratings_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_ratings_low_unreviewed_idx" ON "complaint_ratings" USING btree ("updated_at") WHERE "complaint_ratings"."score" <= 2 and "complaint_ratings"."reviewed_at" is null;--> statement-breakpoint
-- Scorecards and statistics show ratings' averages: a rating given or changed moves the "counts" kind.
CREATE TRIGGER complaint_ratings_public_counts_insert AFTER INSERT ON complaint_ratings
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
--> statement-breakpoint
CREATE TRIGGER complaint_ratings_public_counts_update AFTER UPDATE ON complaint_ratings
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
--> statement-breakpoint
CREATE TRIGGER complaint_ratings_public_counts_delete AFTER DELETE ON complaint_ratings
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
