import { Forbidden } from "../../_components/forbidden";

/** Shown to an agency responder who opens an Ombudsman page; the procedures refuse them anyway. */
export function StaffOnly() {
  return <Forbidden />;
}
