ALTER TABLE "complaint_contacts" DROP CONSTRAINT "complaint_contacts_any_check";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "removal_reason" text;--> statement-breakpoint
ALTER TABLE "complaint_contacts" ADD COLUMN "anonymized_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_removed_check" CHECK (("attachments"."removed_at" is null) = ("attachments"."removal_reason" is null));--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_removal_reason_check" CHECK ("attachments"."removal_reason" in ('retention', 'erasure'));--> statement-breakpoint
ALTER TABLE "complaint_contacts" ADD CONSTRAINT "complaint_contacts_any_check" CHECK (num_nonnulls("complaint_contacts"."name", "complaint_contacts"."email", "complaint_contacts"."phone") > 0 or "complaint_contacts"."anonymized_at" is not null);