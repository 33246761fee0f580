ALTER TABLE "complaints" ADD COLUMN "suggested_incident_id" uuid;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "suggested_score" real;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_suggested_incident_id_incidents_id_fk" FOREIGN KEY ("suggested_incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_suggested_incident_id_idx" ON "complaints" USING btree ("suggested_incident_id");