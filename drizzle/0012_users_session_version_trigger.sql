-- Every session dies when what it was granted on changes: the password, the role, the agency, or the
-- account being switched off. One trigger, so no code path (admin screens, scripts, SQL by hand) can forget.
CREATE OR REPLACE FUNCTION sigap_users_session_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
     OR NEW.role IS DISTINCT FROM OLD.role
     OR NEW.agency_id IS DISTINCT FROM OLD.agency_id
     OR (OLD.active AND NOT NEW.active) THEN
    NEW.session_version := OLD.session_version + 1;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_session_version BEFORE UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION sigap_users_session_version();
