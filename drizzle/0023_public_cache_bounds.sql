ALTER TABLE "public_cache_entries" ADD COLUMN "route" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "public_cache_entries_route_rendered_at_idx" ON "public_cache_entries" USING btree ("route","rendered_at");--> statement-breakpoint
CREATE INDEX "public_cache_entries_rendered_at_idx" ON "public_cache_entries" USING btree ("rendered_at");--> statement-breakpoint
-- Entries were keyed by the query as sent; from now on by the query as the page reads it. A cache: start empty.
DELETE FROM "public_cache_entries";
