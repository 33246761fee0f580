// Enumerations shared by the schema (check constraints), the domain and the UI.
// Drizzle-free so client components may import it.

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

export const ROLES = ["admin", "investigator", "agency_responder"] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ["admin", "investigator"] as const satisfies readonly Role[];
/** What one admin may only ask for and another must approve (domain/admin/admin-requests). */
export const ADMIN_REQUEST_KINDS = ["create_admin", "reset_password", "reset_two_factor"] as const;
export type AdminRequestKind = (typeof ADMIN_REQUEST_KINDS)[number];
export const ADMIN_REQUEST_STATUSES = ["pending", "approved", "rejected", "cancelled"] as const;
export type AdminRequestStatus = (typeof ADMIN_REQUEST_STATUSES)[number];

export const MONITOR_METHODS = ["GET", "HEAD"] as const;
/** Roll-ups of a monitor's checks: per minute (kept like raw checks, a while) and per hour (kept with the record). */
export const MONITOR_ROLLUP_GRAINS = ["minute", "hour"] as const;
/** The parts of an evaluation report's evidence pack a report may include. */
export const EVIDENCE_PARTS = ["hourly", "channels", "places", "categories", "milestones", "clarifications", "recommendations"] as const;
export type EvidencePart = (typeof EVIDENCE_PARTS)[number];

export const AGENCY_KINDS = ["ministry", "agency", "operator", "local_government", "other"] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const COMPLAINT_CATEGORIES = [
  "crowding",
  "system_down",
  "service_refused",
  "illegal_fee",
  "officer_conduct",
  "unclear_information",
  "other",
] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

/** Stages of the Ombudsman procedure (domain brief, "The procedure"). */
export const COMPLAINT_STAGES = [
  "received",
  "formal_verification",
  "awaiting_reporter",
  "material_verification",
  "examination",
  "examination_report",
  "corrective_action",
  "resolution_monitoring",
  "recommendation",
  "closed",
] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const CLOSE_OUTCOMES = [
  "resolved_by_agency",
  "maladministration_not_found",
  "declined",
  "withdrawn",
  "lapsed",
  "corrective_action_completed",
  "recommendation_issued",
  "recommendation_implemented",
  "examination_stopped",
  "merged_as_evidence",
] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/** individual: one person's case; evidence: a "me too" that only adds weight to an incident;
 *  own_motion: opened by the Ombudsman itself with no named complainant. */
export const COMPLAINT_KINDS = ["individual", "evidence", "own_motion"] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const CHANNELS = ["web", "open311", "phone", "email", "whatsapp", "walk_in", "letter", "staff"] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const EXAMINATION_FINDINGS = ["maladministration_found", "maladministration_not_found", "examination_stopped"] as const;
export type ExaminationFinding = (typeof EXAMINATION_FINDINGS)[number];

export const MALADMINISTRATION_TYPES = [
  "undue_delay",
  "failure_to_provide_service",
  "deviation_from_procedure",
  "incompetence",
  "abuse_of_authority",
  "improper_conduct",
  "request_for_money",
  "discrimination",
  "conflict_of_interest",
] as const;
export type MaladministrationType = (typeof MALADMINISTRATION_TYPES)[number];

/** Triage life of an incident, apart from its public status-page state. */
export const INCIDENT_STATES = ["candidate", "confirmed", "merged", "dismissed"] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

/** Incidents that still take new reports. */
export const OPEN_INCIDENT_STATES = ["candidate", "confirmed"] as const satisfies readonly IncidentState[];

export const INCIDENT_PUBLIC_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type IncidentPublicStatus = (typeof INCIDENT_PUBLIC_STATUSES)[number];

export const SEVERITIES = ["minor", "major", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MESSAGE_DIRECTIONS = ["to_reporter", "from_reporter"] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];

export const CLARIFICATION_METHODS = ["written", "in_person", "on_site", "documents", "summons"] as const;
export type ClarificationMethod = (typeof CLARIFICATION_METHODS)[number];

export const CLARIFICATION_STATUSES = ["open", "answered", "lapsed", "withdrawn"] as const;
export type ClarificationStatus = (typeof CLARIFICATION_STATUSES)[number];

export const REPORT_STATUSES = ["draft", "in_review", "published", "withdrawn"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const RECOMMENDATION_STATUSES = ["pending", "in_progress", "implemented", "partially_implemented", "not_implemented"] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export const ATTACHMENT_MIME_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type AttachmentMimeType = (typeof ATTACHMENT_MIME_TYPES)[number];
/** What one submission may carry: the form holds back more before sending, the server refuses more as it streams in. */
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** A file input's `accept`: the types above. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_MIME_TYPES.join(",");

/** The channels a reporter can be answered through (outbox rows). */
export const OUTBOX_CHANNELS = ["email", "whatsapp"] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];

/** What became of a message that arrived by email or WhatsApp. */
export const INBOUND_OUTCOMES = ["complaint", "reply", "conversation", "status", "ignored", "refused"] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

export const OUTBOX_STATUSES = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const SUBSCRIPTION_TARGETS = ["incident", "agency", "service"] as const;
export type SubscriptionTarget = (typeof SUBSCRIPTION_TARGETS)[number];

/** What a reporter may ask of their personal data (UU PDP art. 5–9); see server/domain/privacy/request-deadlines.ts. */
export const PRIVACY_REQUEST_KINDS = ["access", "correction", "withdrawal", "erasure"] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

export const PRIVACY_REQUEST_STATUSES = ["open", "granted", "refused"] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/** Channels whose forms ask the reporter what kind of problem it is: there the category stays required. */
export const CATEGORY_ASKED_CHANNELS = ["web", "open311", "whatsapp"] as const satisfies readonly Channel[];

/** Channels staff record on a reporter's behalf: a call, a letter, a visit to an office. */
export const STAFF_INTAKE_CHANNELS = ["phone", "letter", "walk_in"] as const satisfies readonly Channel[];
export type StaffIntakeChannel = (typeof STAFF_INTAKE_CHANNELS)[number];

/**
 * SP4N-LAPOR!'s national topic categories. Codes are fixed (the model and open data use them); labels are
 * admin-editable in the topics table.
 */
export const TOPIC_CODES = [
  "health",
  "transport",
  "population_registry",
  "law_politics",
  "energy",
  "public_works",
  "education",
  "social_welfare",
  "land",
  "employment",
  "economy_finance",
  "ict",
  "environment",
  "consumer_protection",
  "village_development",
  "religion",
  "public_order",
  "agriculture",
  "other",
] as const;
export type TopicCode = (typeof TOPIC_CODES)[number];

/** What triage suggests or sets for a report. Agency follows from the service when there is one. */
export const TRIAGE_FIELDS = ["topic", "service", "agency", "category", "place"] as const;
export type TriageField = (typeof TRIAGE_FIELDS)[number];

/** Who set a report's classification: the reporter (form, Open311), Sigap's model, or staff. */
export const TRIAGE_SOURCES = ["reporter", "model", "staff"] as const;
export type TriageSource = (typeof TRIAGE_SOURCES)[number];

/** training: the model learns from it; heldout: only measures it (written apart, never trained on). */
export const TRIAGE_SPLITS = ["training", "heldout"] as const;
export type TriageSplit = (typeof TRIAGE_SPLITS)[number];

/** landmark: an airport terminal, station, hospital, office; province and regency: the gazetteer's areas. */
export const PLACE_KINDS = ["landmark", "province", "regency"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where a reporter rated the handling of their case: the tracking page (opened from the closing mail too) or WhatsApp. */
export const RATING_CHANNELS = ["web", "whatsapp"] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];
