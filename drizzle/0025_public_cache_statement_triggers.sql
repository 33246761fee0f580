CREATE TABLE "public_tags_pending" (
	"xid" text NOT NULL,
	"tag" text NOT NULL,
	CONSTRAINT "public_tags_pending_xid_tag_pk" PRIMARY KEY("xid","tag")
);
--> statement-breakpoint
ALTER TABLE "public_tags_pending" SET UNLOGGED;
--> statement-breakpoint
-- The row-level triggers of 0016 fired once per changed row: a statement changing 50,000 incidents bumped one
-- counter row 50,000 times in one transaction (each bump walks a longer chain of that row's versions), and ran
-- for minutes. Now one statement notes each kind it changed once, in public_tags_pending; a deferred trigger
-- there moves the counter once per transaction and kind, at commit, as before (so counters still move in
-- commit order, and the counter row is still locked for the commit's instant only).
DROP TRIGGER IF EXISTS complaints_public_counts ON complaints;
--> statement-breakpoint
DROP TRIGGER IF EXISTS incidents_public_cache ON incidents;
--> statement-breakpoint
DROP TRIGGER IF EXISTS incident_updates_public_cache ON incident_updates;
--> statement-breakpoint
DROP TRIGGER IF EXISTS incident_places_public_cache ON incident_places;
--> statement-breakpoint
DROP TRIGGER IF EXISTS evaluation_reports_public_cache ON evaluation_reports;
--> statement-breakpoint
DROP TRIGGER IF EXISTS evaluation_report_incidents_public_cache ON evaluation_report_incidents;
--> statement-breakpoint
DROP TRIGGER IF EXISTS evaluation_report_versions_public_cache ON evaluation_report_versions;
--> statement-breakpoint
DROP TRIGGER IF EXISTS recommendations_public_cache ON recommendations;
--> statement-breakpoint
DROP TRIGGER IF EXISTS recommendation_events_public_cache ON recommendation_events;
--> statement-breakpoint
DROP TRIGGER IF EXISTS corrective_actions_public_cache ON corrective_actions;
--> statement-breakpoint
DROP TRIGGER IF EXISTS agencies_public_cache ON agencies;
--> statement-breakpoint
DROP TRIGGER IF EXISTS services_public_cache ON services;
--> statement-breakpoint
DROP TRIGGER IF EXISTS places_public_cache ON places;
--> statement-breakpoint
DROP FUNCTION IF EXISTS sigap_incident_public_changed();
--> statement-breakpoint
DROP FUNCTION IF EXISTS sigap_public_count_changed();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sigap_note_public_change(tag_name text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO public_tags_pending (xid, tag) VALUES (pg_current_xact_id()::text, tag_name) ON CONFLICT DO NOTHING;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sigap_apply_public_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.tag = 'counts' THEN
    INSERT INTO public_count_changes DEFAULT VALUES;
  ELSE
    PERFORM sigap_bump_public_tag(NEW.tag);
  END IF;
  DELETE FROM public_tags_pending WHERE xid = NEW.xid AND tag = NEW.tag;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER public_tags_pending_apply AFTER INSERT ON public_tags_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_apply_public_change();
--> statement-breakpoint
-- Statement triggers without transition tables (monitors, 0024: they fire on a column list).
CREATE OR REPLACE FUNCTION sigap_public_tag_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sigap_note_public_change(TG_ARGV[0]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Statement triggers with the changed rows as `changed_rows`: a statement that changed nothing notes nothing.
CREATE OR REPLACE FUNCTION sigap_public_tag_if_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM sigap_note_public_change(TG_ARGV[0]);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sigap_public_counts_if_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM sigap_note_public_change('counts');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- One trigger per event: a trigger with transition tables fires on one event only.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('incident_updates', 'incidents'), ('incident_places', 'incidents'),
    ('evaluation_reports', 'reports'), ('evaluation_report_incidents', 'reports'), ('evaluation_report_versions', 'reports'),
    ('recommendations', 'reports'), ('recommendation_events', 'reports'), ('corrective_actions', 'reports'),
    ('agencies', 'catalog'), ('services', 'catalog'), ('places', 'catalog')) AS v(tbl, tag)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_tag_if_rows(%L)', t.tbl || '_public_cache_insert', t.tbl, t.tag);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_tag_if_rows(%L)', t.tbl || '_public_cache_update', t.tbl, t.tag);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_rows
      FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_tag_if_rows(%L)', t.tbl || '_public_cache_delete', t.tbl, t.tag);
  END LOOP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER complaints_public_counts AFTER INSERT ON complaints
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_public_counts_if_changed();
--> statement-breakpoint
-- Incidents: only public ones matter, and a change to the counts alone only moves the counts, which fewer pages show.
-- Transition tables have no statistics: the planner guesses a few rows and joins old to new in a nested loop,
-- quadratic in the rows changed (9 s for 5,000). A hash join is linear.
CREATE OR REPLACE FUNCTION sigap_incidents_public_changed() RETURNS trigger
LANGUAGE plpgsql SET enable_nestloop = off AS $$
DECLARE
  counts_only constant text[] := ARRAY['report_count', 'first_report_at', 'peak_at', 'last_report_at', 'updated_at', 'version'];
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF EXISTS (SELECT 1 FROM new_rows WHERE is_public) THEN PERFORM sigap_note_public_change('incidents'); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE is_public) THEN PERFORM sigap_note_public_change('incidents'); END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.is_public OR o.is_public) AND (to_jsonb(n) - counts_only) IS DISTINCT FROM (to_jsonb(o) - counts_only)) THEN
    PERFORM sigap_note_public_change('incidents');
  ELSIF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.is_public OR o.is_public) THEN
    PERFORM sigap_note_public_change('counts');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incidents_public_cache_insert AFTER INSERT ON incidents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_incidents_public_changed();
--> statement-breakpoint
CREATE TRIGGER incidents_public_cache_update AFTER UPDATE ON incidents
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_incidents_public_changed();
--> statement-breakpoint
CREATE TRIGGER incidents_public_cache_delete AFTER DELETE ON incidents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION sigap_incidents_public_changed();
