DROP INDEX "complaints_created_at_id_idx";--> statement-breakpoint
CREATE INDEX "complaints_created_at_id_idx" ON "complaints" USING btree ("created_at","id");