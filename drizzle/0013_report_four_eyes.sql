ALTER TABLE "evaluation_reports" ADD COLUMN "last_edited_by_id" uuid;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD COLUMN "submitted_by_id" uuid;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
UPDATE "evaluation_reports" SET "last_edited_by_id" = "created_by_id" WHERE "last_edited_by_id" IS NULL;
