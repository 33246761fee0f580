CREATE TABLE "stored_objects" (
	"storage_key" text PRIMARY KEY NOT NULL,
	"stored_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "request_fingerprint" text;--> statement-breakpoint
CREATE INDEX "stored_objects_stored_at_idx" ON "stored_objects" USING btree ("stored_at");