-- Cached copies of public pages are thrown away when the data under them changes. Triggers bump one counter per
-- kind of public data, so no code path (the web, the job worker, scripts, SQL by hand) can forget to. They are
-- deferred to commit: the counter row is locked for the instant of the commit, not for a whole transaction,
-- and a page rendered before the commit sees the bump after it.
ALTER TABLE "public_cache_entries" SET UNLOGGED;
--> statement-breakpoint
ALTER TABLE "public_count_changes" SET UNLOGGED;
--> statement-breakpoint
INSERT INTO "public_cache_tags" ("tag", "version") VALUES ('incidents', 0), ('reports', 0), ('catalog', 0)
  ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sigap_bump_public_tag(tag_name text) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO public_cache_tags (tag, version) VALUES (tag_name, 1)
  ON CONFLICT (tag) DO UPDATE SET version = public_cache_tags.version + 1;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sigap_public_tag_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM sigap_bump_public_tag(TG_ARGV[0]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Counts (a report filed, an incident's count moved) are appended, not bumped: no row for every intake to queue on.
CREATE OR REPLACE FUNCTION sigap_public_count_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_count_changes DEFAULT VALUES;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER complaints_public_counts AFTER INSERT ON complaints
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_count_changed();
--> statement-breakpoint
-- Incidents: only public ones matter. A new report only moves the counts, which fewer pages show.
CREATE OR REPLACE FUNCTION sigap_incident_public_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.is_public THEN PERFORM sigap_bump_public_tag('incidents'); END IF;
  ELSIF TG_OP = 'DELETE' THEN
    IF OLD.is_public THEN PERFORM sigap_bump_public_tag('incidents'); END IF;
  ELSIF NEW.is_public OR OLD.is_public THEN
    IF (to_jsonb(NEW) - ARRAY['report_count', 'first_report_at', 'peak_at', 'last_report_at', 'updated_at', 'version'])
       IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['report_count', 'first_report_at', 'peak_at', 'last_report_at', 'updated_at', 'version']) THEN
      PERFORM sigap_bump_public_tag('incidents');
    ELSE
      INSERT INTO public_count_changes DEFAULT VALUES;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER incidents_public_cache AFTER INSERT OR UPDATE OR DELETE ON incidents
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_incident_public_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER incident_updates_public_cache AFTER INSERT OR UPDATE OR DELETE ON incident_updates
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('incidents');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER incident_places_public_cache AFTER INSERT OR UPDATE OR DELETE ON incident_places
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('incidents');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluation_reports_public_cache AFTER INSERT OR UPDATE OR DELETE ON evaluation_reports
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluation_report_incidents_public_cache AFTER INSERT OR UPDATE OR DELETE ON evaluation_report_incidents
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER evaluation_report_versions_public_cache AFTER INSERT OR UPDATE OR DELETE ON evaluation_report_versions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER recommendations_public_cache AFTER INSERT OR UPDATE OR DELETE ON recommendations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER recommendation_events_public_cache AFTER INSERT OR UPDATE OR DELETE ON recommendation_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER corrective_actions_public_cache AFTER INSERT OR UPDATE OR DELETE ON corrective_actions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('reports');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER agencies_public_cache AFTER INSERT OR UPDATE OR DELETE ON agencies
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('catalog');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER services_public_cache AFTER INSERT OR UPDATE OR DELETE ON services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('catalog');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER places_public_cache AFTER INSERT OR UPDATE OR DELETE ON places
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sigap_public_tag_changed('catalog');
