CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"acronym" text,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"contact_email" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_kind_check" CHECK ("agencies"."kind" in ('ministry', 'agency', 'operator', 'local_government', 'other'))
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"group" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid,
	"message_id" uuid,
	"clarification_response_id" uuid,
	"corrective_action_id" uuid,
	"recommendation_event_id" uuid,
	"storage_key" text NOT NULL,
	"original_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_owner_check" CHECK (num_nonnulls("attachments"."complaint_id", "attachments"."message_id", "attachments"."clarification_response_id", "attachments"."corrective_action_id", "attachments"."recommendation_event_id") = 1),
	CONSTRAINT "attachments_mime_type_check" CHECK ("attachments"."mime_type" in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
	CONSTRAINT "attachments_size_check" CHECK ("attachments"."size_bytes" between 1 and 10485760)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "clarification_request_evidence" (
	"request_id" uuid NOT NULL,
	"complaint_id" uuid NOT NULL,
	CONSTRAINT "clarification_request_evidence_request_id_complaint_id_pk" PRIMARY KEY("request_id","complaint_id")
);
--> statement-breakpoint
CREATE TABLE "clarification_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"complaint_id" uuid,
	"incident_id" uuid,
	"sequence" integer DEFAULT 1 NOT NULL,
	"previous_request_id" uuid,
	"method" text DEFAULT 'written' NOT NULL,
	"questions" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_by_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clarification_requests_subject_check" CHECK (num_nonnulls("clarification_requests"."complaint_id", "clarification_requests"."incident_id") = 1),
	CONSTRAINT "clarification_requests_method_check" CHECK ("clarification_requests"."method" in ('written', 'in_person', 'on_site', 'documents', 'summons')),
	CONSTRAINT "clarification_requests_status_check" CHECK ("clarification_requests"."status" in ('open', 'answered', 'lapsed', 'withdrawn')),
	CONSTRAINT "clarification_requests_sequence_check" CHECK ("clarification_requests"."sequence" >= 1)
);
--> statement-breakpoint
CREATE TABLE "clarification_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clarification_responses_body_check" CHECK (char_length("clarification_responses"."body") between 1 and 20000)
);
--> statement-breakpoint
CREATE TABLE "corrective_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"complaint_id" uuid,
	"incident_id" uuid,
	"description" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"reported_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "corrective_actions_subject_check" CHECK (num_nonnulls("corrective_actions"."complaint_id", "corrective_actions"."incident_id") >= 1)
);
--> statement-breakpoint
CREATE TABLE "complaint_contacts" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_contacts_any_check" CHECK (num_nonnulls("complaint_contacts"."name", "complaint_contacts"."email", "complaint_contacts"."phone") > 0)
);
--> statement-breakpoint
CREATE TABLE "complaint_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_messages_direction_check" CHECK ("complaint_messages"."direction" in ('to_reporter', 'from_reporter')),
	CONSTRAINT "complaint_messages_body_check" CHECK (char_length("complaint_messages"."body") between 1 and 4000),
	CONSTRAINT "complaint_messages_author_check" CHECK (("complaint_messages"."direction" = 'to_reporter') = ("complaint_messages"."author_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "complaint_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"outcome" text,
	"reason" text,
	"public_note" text,
	"actor_id" uuid,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_stage_events_from_check" CHECK ("complaint_stage_events"."from_stage" in ('received', 'formal_verification', 'awaiting_reporter', 'material_verification', 'examination', 'examination_report', 'corrective_action', 'resolution_monitoring', 'recommendation', 'closed')),
	CONSTRAINT "complaint_stage_events_to_check" CHECK ("complaint_stage_events"."to_stage" in ('received', 'formal_verification', 'awaiting_reporter', 'material_verification', 'examination', 'examination_report', 'corrective_action', 'resolution_monitoring', 'recommendation', 'closed')),
	CONSTRAINT "complaint_stage_events_outcome_check" CHECK ("complaint_stage_events"."outcome" in ('resolved_by_agency', 'maladministration_not_found', 'declined', 'withdrawn', 'lapsed', 'corrective_action_completed', 'recommendation_issued', 'recommendation_implemented', 'examination_stopped', 'merged_as_evidence'))
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"kind" text DEFAULT 'individual' NOT NULL,
	"channel" text DEFAULT 'web' NOT NULL,
	"category" text NOT NULL,
	"agency_id" uuid,
	"service_id" uuid,
	"place_id" uuid,
	"address_text" text,
	"lat" double precision,
	"lng" double precision,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"language" text DEFAULT 'id' NOT NULL,
	"stage" text DEFAULT 'received' NOT NULL,
	"outcome" text,
	"priority" text DEFAULT 'normal' NOT NULL,
	"rapid_response" boolean DEFAULT false NOT NULL,
	"confidential" boolean DEFAULT true NOT NULL,
	"already_complained_to_agency" boolean,
	"assignee_id" uuid,
	"incident_id" uuid,
	"incident_score" real,
	"due_at" timestamp with time zone,
	"stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, sigap_unaccent(description))) STORED NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaints_kind_check" CHECK ("complaints"."kind" in ('individual', 'evidence', 'own_motion')),
	CONSTRAINT "complaints_channel_check" CHECK ("complaints"."channel" in ('web', 'open311', 'phone', 'email', 'walk_in', 'staff')),
	CONSTRAINT "complaints_category_check" CHECK ("complaints"."category" in ('crowding', 'system_down', 'service_refused', 'illegal_fee', 'officer_conduct', 'unclear_information', 'other')),
	CONSTRAINT "complaints_language_check" CHECK ("complaints"."language" in ('id', 'en')),
	CONSTRAINT "complaints_stage_check" CHECK ("complaints"."stage" in ('received', 'formal_verification', 'awaiting_reporter', 'material_verification', 'examination', 'examination_report', 'corrective_action', 'resolution_monitoring', 'recommendation', 'closed')),
	CONSTRAINT "complaints_outcome_check" CHECK ("complaints"."outcome" in ('resolved_by_agency', 'maladministration_not_found', 'declined', 'withdrawn', 'lapsed', 'corrective_action_completed', 'recommendation_issued', 'recommendation_implemented', 'examination_stopped', 'merged_as_evidence')),
	CONSTRAINT "complaints_priority_check" CHECK ("complaints"."priority" in ('low', 'normal', 'high', 'urgent')),
	CONSTRAINT "complaints_closed_outcome_check" CHECK (("complaints"."stage" = 'closed') = ("complaints"."outcome" is not null)),
	CONSTRAINT "complaints_description_check" CHECK (char_length("complaints"."description") between 1 and 4000),
	CONSTRAINT "complaints_lat_lng_check" CHECK (("complaints"."lat" is null) = ("complaints"."lng" is null)),
	CONSTRAINT "complaints_tracking_code_check" CHECK ("complaints"."tracking_code" ~ '^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "incident_places" (
	"incident_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	CONSTRAINT "incident_places_incident_id_place_id_pk" PRIMARY KEY("incident_id","place_id")
);
--> statement-breakpoint
CREATE TABLE "incident_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"status" text NOT NULL,
	"body" text NOT NULL,
	"language" text DEFAULT 'id' NOT NULL,
	"author_id" uuid,
	"agency_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_updates_status_check" CHECK ("incident_updates"."status" in ('investigating', 'identified', 'monitoring', 'resolved')),
	CONSTRAINT "incident_updates_language_check" CHECK ("incident_updates"."language" in ('id', 'en')),
	CONSTRAINT "incident_updates_body_check" CHECK (char_length("incident_updates"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary_id" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"agency_id" uuid,
	"service_id" uuid,
	"state" text DEFAULT 'candidate' NOT NULL,
	"public_status" text DEFAULT 'investigating' NOT NULL,
	"severity" text DEFAULT 'minor' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"detected_by_surge" boolean DEFAULT false NOT NULL,
	"merged_into_id" uuid,
	"assignee_id" uuid,
	"report_count" integer DEFAULT 0 NOT NULL,
	"first_report_at" timestamp with time zone,
	"peak_at" timestamp with time zone,
	"last_report_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"created_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_state_check" CHECK ("incidents"."state" in ('candidate', 'confirmed', 'merged', 'dismissed')),
	CONSTRAINT "incidents_public_status_check" CHECK ("incidents"."public_status" in ('investigating', 'identified', 'monitoring', 'resolved')),
	CONSTRAINT "incidents_severity_check" CHECK ("incidents"."severity" in ('minor', 'major', 'critical')),
	CONSTRAINT "incidents_merged_check" CHECK (("incidents"."state" = 'merged') = ("incidents"."merged_into_id" is not null)),
	CONSTRAINT "incidents_report_count_check" CHECK ("incidents"."report_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "internal_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complaint_id" uuid,
	"incident_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internal_notes_subject_check" CHECK (num_nonnulls("internal_notes"."complaint_id", "internal_notes"."incident_id") = 1),
	CONSTRAINT "internal_notes_body_check" CHECK (char_length("internal_notes"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text DEFAULT 'email' NOT NULL,
	"template" text NOT NULL,
	"recipient" text NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sent', 'failed')),
	CONSTRAINT "outbox_locale_check" CHECK ("outbox"."locale" in ('id', 'en')),
	CONSTRAINT "outbox_channel_check" CHECK ("outbox"."channel" in ('email'))
);
--> statement-breakpoint
CREATE TABLE "places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"city" text DEFAULT '' NOT NULL,
	"province" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "places_lat_lng_check" CHECK (("places"."lat" is null) = ("places"."lng" is null)),
	CONSTRAINT "places_lat_range_check" CHECK ("places"."lat" between -90 and 90),
	CONSTRAINT "places_lng_range_check" CHECK ("places"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "evaluation_report_incidents" (
	"report_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	CONSTRAINT "evaluation_report_incidents_report_id_incident_id_pk" PRIMARY KEY("report_id","incident_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_report_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_md" text NOT NULL,
	"findings" text NOT NULL,
	"maladministration_types" text[] NOT NULL,
	"timeline" jsonb NOT NULL,
	"is_correction" boolean DEFAULT false NOT NULL,
	"correction_note" text,
	"published_by_id" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_report_versions_correction_check" CHECK ("evaluation_report_versions"."is_correction" = ("evaluation_report_versions"."version" > 1))
);
--> statement-breakpoint
CREATE TABLE "evaluation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"language" text DEFAULT 'id' NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_md" text DEFAULT '' NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"maladministration_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"timeline" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_version" integer DEFAULT 0 NOT NULL,
	"created_by_id" uuid NOT NULL,
	"published_by_id" uuid,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_reports_status_check" CHECK ("evaluation_reports"."status" in ('draft', 'in_review', 'published', 'withdrawn')),
	CONSTRAINT "evaluation_reports_language_check" CHECK ("evaluation_reports"."language" in ('id', 'en')),
	CONSTRAINT "evaluation_reports_maladministration_check" CHECK ("evaluation_reports"."maladministration_types" <@ ARRAY['undue_delay', 'failure_to_provide_service', 'deviation_from_procedure', 'incompetence', 'abuse_of_authority', 'improper_conduct', 'request_for_money', 'discrimination', 'conflict_of_interest']::text[])
);
--> statement-breakpoint
CREATE TABLE "recommendation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"agency_evidence" text,
	"decision_note" text,
	"actor_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_events_from_check" CHECK ("recommendation_events"."from_status" in ('pending', 'in_progress', 'implemented', 'partially_implemented', 'not_implemented')),
	CONSTRAINT "recommendation_events_to_check" CHECK ("recommendation_events"."to_status" in ('pending', 'in_progress', 'implemented', 'partially_implemented', 'not_implemented'))
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"body" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_status_check" CHECK ("recommendations"."status" in ('pending', 'in_progress', 'implemented', 'partially_implemented', 'not_implemented'))
);
--> statement-breakpoint
CREATE TABLE "canned_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"title_id" text NOT NULL,
	"title_en" text NOT NULL,
	"body_id" text NOT NULL,
	"body_en" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canned_responses_body_check" CHECK (char_length("canned_responses"."body_id") > 0 and char_length("canned_responses"."body_en") > 0)
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"day" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"target_type" text NOT NULL,
	"target_id" uuid NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"token_hash" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"unsubscribed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_target_type_check" CHECK ("subscriptions"."target_type" in ('incident', 'agency', 'service')),
	CONSTRAINT "subscriptions_locale_check" CHECK ("subscriptions"."locale" in ('id', 'en'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"agency_id" uuid,
	"locale" text DEFAULT 'id' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin', 'investigator', 'agency_responder')),
	CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('id', 'en')),
	CONSTRAINT "users_agency_role_check" CHECK (("users"."role" = 'agency_responder') = ("users"."agency_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_id_agencies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_message_id_complaint_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."complaint_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_clarification_response_id_clarification_responses_id_fk" FOREIGN KEY ("clarification_response_id") REFERENCES "public"."clarification_responses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_corrective_action_id_corrective_actions_id_fk" FOREIGN KEY ("corrective_action_id") REFERENCES "public"."corrective_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_recommendation_event_id_recommendation_events_id_fk" FOREIGN KEY ("recommendation_event_id") REFERENCES "public"."recommendation_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_request_evidence" ADD CONSTRAINT "clarification_request_evidence_request_id_clarification_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."clarification_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_request_evidence" ADD CONSTRAINT "clarification_request_evidence_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_previous_request_id_clarification_requests_id_fk" FOREIGN KEY ("previous_request_id") REFERENCES "public"."clarification_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_requests" ADD CONSTRAINT "clarification_requests_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_responses" ADD CONSTRAINT "clarification_responses_request_id_clarification_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."clarification_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clarification_responses" ADD CONSTRAINT "clarification_responses_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "corrective_actions" ADD CONSTRAINT "corrective_actions_reported_by_id_users_id_fk" FOREIGN KEY ("reported_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_contacts" ADD CONSTRAINT "complaint_contacts_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_messages" ADD CONSTRAINT "complaint_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stage_events" ADD CONSTRAINT "complaint_stage_events_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_stage_events" ADD CONSTRAINT "complaint_stage_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_places" ADD CONSTRAINT "incident_places_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_places" ADD CONSTRAINT "incident_places_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_updates" ADD CONSTRAINT "incident_updates_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_merged_into_id_incidents_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_notes" ADD CONSTRAINT "internal_notes_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_notes" ADD CONSTRAINT "internal_notes_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internal_notes" ADD CONSTRAINT "internal_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_report_incidents" ADD CONSTRAINT "evaluation_report_incidents_report_id_evaluation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_report_incidents" ADD CONSTRAINT "evaluation_report_incidents_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_report_versions" ADD CONSTRAINT "evaluation_report_versions_report_id_evaluation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_report_versions" ADD CONSTRAINT "evaluation_report_versions_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_reports" ADD CONSTRAINT "evaluation_reports_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_report_id_evaluation_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."evaluation_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settings" ADD CONSTRAINT "settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_slug_idx" ON "agencies" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "services_code_idx" ON "services" USING btree ("code");--> statement-breakpoint
CREATE INDEX "services_agency_id_idx" ON "services" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_storage_key_idx" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "attachments_complaint_id_idx" ON "attachments" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "attachments_message_id_idx" ON "attachments" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_type_entity_id_occurred_at_idx" ON "audit_log" USING btree ("entity_type","entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_actor_id_occurred_at_idx" ON "audit_log" USING btree ("actor_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_log_action_occurred_at_idx" ON "audit_log" USING btree ("action","occurred_at");--> statement-breakpoint
CREATE INDEX "clarification_requests_agency_id_status_due_at_idx" ON "clarification_requests" USING btree ("agency_id","status","due_at");--> statement-breakpoint
CREATE INDEX "clarification_requests_complaint_id_idx" ON "clarification_requests" USING btree ("complaint_id");--> statement-breakpoint
CREATE INDEX "clarification_requests_incident_id_idx" ON "clarification_requests" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "clarification_responses_request_id_created_at_idx" ON "clarification_responses" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "corrective_actions_agency_id_created_at_idx" ON "corrective_actions" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_contacts_email_idx" ON "complaint_contacts" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "complaint_contacts_phone_idx" ON "complaint_contacts" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "complaint_messages_complaint_id_created_at_idx" ON "complaint_messages" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "complaint_stage_events_complaint_id_created_at_idx" ON "complaint_stage_events" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_code_idx" ON "complaints" USING btree ("tracking_code");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_idempotency_key_idx" ON "complaints" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "complaints_created_at_id_idx" ON "complaints" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "complaints_stage_due_at_idx" ON "complaints" USING btree ("stage","due_at");--> statement-breakpoint
CREATE INDEX "complaints_service_id_created_at_idx" ON "complaints" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_place_id_created_at_idx" ON "complaints" USING btree ("place_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_agency_id_created_at_idx" ON "complaints" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_category_created_at_idx" ON "complaints" USING btree ("category","created_at");--> statement-breakpoint
CREATE INDEX "complaints_incident_id_created_at_idx" ON "complaints" USING btree ("incident_id","created_at");--> statement-breakpoint
CREATE INDEX "complaints_assignee_id_stage_idx" ON "complaints" USING btree ("assignee_id","stage");--> statement-breakpoint
CREATE INDEX "complaints_search_vector_idx" ON "complaints" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "complaints_description_trgm_idx" ON "complaints" USING gin ("description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "incident_places_place_id_idx" ON "incident_places" USING btree ("place_id");--> statement-breakpoint
CREATE INDEX "incident_updates_incident_id_created_at_idx" ON "incident_updates" USING btree ("incident_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_code_idx" ON "incidents" USING btree ("code");--> statement-breakpoint
CREATE INDEX "incidents_state_service_id_idx" ON "incidents" USING btree ("state","service_id","last_report_at");--> statement-breakpoint
CREATE INDEX "incidents_agency_id_state_idx" ON "incidents" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "incidents_public_last_report_at_idx" ON "incidents" USING btree ("is_public","last_report_at");--> statement-breakpoint
CREATE INDEX "internal_notes_complaint_id_created_at_idx" ON "internal_notes" USING btree ("complaint_id","created_at");--> statement-breakpoint
CREATE INDEX "internal_notes_incident_id_created_at_idx" ON "internal_notes" USING btree ("incident_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_dedupe_key_idx" ON "outbox" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "outbox_status_available_at_idx" ON "outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE UNIQUE INDEX "places_slug_idx" ON "places" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "places_name_trgm_idx" ON "places" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "evaluation_report_incidents_incident_id_idx" ON "evaluation_report_incidents" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_report_versions_report_id_version_idx" ON "evaluation_report_versions" USING btree ("report_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_reports_slug_idx" ON "evaluation_reports" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "evaluation_reports_status_published_at_idx" ON "evaluation_reports" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "recommendation_events_recommendation_id_created_at_idx" ON "recommendation_events" USING btree ("recommendation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "recommendations_report_id_ordinal_idx" ON "recommendations" USING btree ("report_id","ordinal");--> statement-breakpoint
CREATE INDEX "recommendations_agency_id_status_due_at_idx" ON "recommendations" USING btree ("agency_id","status","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "canned_responses_key_idx" ON "canned_responses" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_email_target_idx" ON "subscriptions" USING btree (lower("email"),"target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_token_hash_idx" ON "subscriptions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "subscriptions_target_idx" ON "subscriptions" USING btree ("target_type","target_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_agency_id_idx" ON "users" USING btree ("agency_id");