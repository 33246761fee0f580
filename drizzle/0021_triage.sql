CREATE TABLE "topics" (
	"code" text PRIMARY KEY NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"position" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "topics_code_check" CHECK ("topics"."code" in ('health', 'transport', 'population_registry', 'law_politics', 'energy', 'public_works', 'education', 'social_welfare', 'land', 'employment', 'economy_finance', 'ict', 'environment', 'consumer_protection', 'village_development', 'religion', 'public_order', 'agriculture', 'other'))
);
--> statement-breakpoint
INSERT INTO "topics" ("code", "label_id", "label_en", "position") VALUES
	('health', 'Kesehatan', 'Health', 1),
	('transport', 'Perhubungan', 'Transport', 2),
	('population_registry', 'Kependudukan', 'Population registry', 3),
	('law_politics', 'Politik dan Hukum', 'Politics and law', 4),
	('energy', 'Energi dan Sumber Daya Alam', 'Energy and natural resources', 5),
	('public_works', 'Pekerjaan Umum dan Penataan Ruang', 'Public works and spatial planning', 6),
	('education', 'Pendidikan dan Kebudayaan', 'Education and culture', 7),
	('social_welfare', 'Sosial dan Kesejahteraan', 'Social affairs and welfare', 8),
	('land', 'Agraria dan Pertanahan', 'Land and agrarian affairs', 9),
	('employment', 'Ketenagakerjaan', 'Employment', 10),
	('economy_finance', 'Ekonomi dan Keuangan', 'Economy and finance', 11),
	('ict', 'Teknologi Informasi dan Komunikasi', 'Information and communication technology', 12),
	('environment', 'Lingkungan Hidup dan Kehutanan', 'Environment and forestry', 13),
	('consumer_protection', 'Perlindungan Konsumen', 'Consumer protection', 14),
	('village_development', 'Pembangunan Desa', 'Village development', 15),
	('religion', 'Agama', 'Religion', 16),
	('public_order', 'Ketenteraman dan Ketertiban Umum', 'Public order', 17),
	('agriculture', 'Pertanian dan Peternakan', 'Agriculture and livestock', 18),
	('other', 'Lainnya', 'Other', 19);
--> statement-breakpoint
CREATE TABLE "complaint_triage" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"model_version" integer,
	"suggestions" jsonb NOT NULL,
	"applied" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "triage_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_key" text,
	"complaint_id" uuid,
	"text" text NOT NULL,
	"topic_code" text NOT NULL,
	"service_code" text,
	"category" text NOT NULL,
	"place_slug" text,
	"split" text NOT NULL,
	"group_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "triage_examples_source_check" CHECK (num_nonnulls("triage_examples"."external_key", "triage_examples"."complaint_id") = 1),
	CONSTRAINT "triage_examples_topic_check" CHECK ("triage_examples"."topic_code" in ('health', 'transport', 'population_registry', 'law_politics', 'energy', 'public_works', 'education', 'social_welfare', 'land', 'employment', 'economy_finance', 'ict', 'environment', 'consumer_protection', 'village_development', 'religion', 'public_order', 'agriculture', 'other')),
	CONSTRAINT "triage_examples_category_check" CHECK ("triage_examples"."category" in ('crowding', 'system_down', 'service_refused', 'illegal_fee', 'officer_conduct', 'unclear_information', 'other')),
	CONSTRAINT "triage_examples_split_check" CHECK ("triage_examples"."split" in ('training', 'heldout')),
	CONSTRAINT "triage_examples_text_check" CHECK (char_length("triage_examples"."text") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "triage_models" (
	"version" serial PRIMARY KEY NOT NULL,
	"model" jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"trained_examples" integer NOT NULL,
	"current" boolean DEFAULT false NOT NULL,
	"trained_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" DROP CONSTRAINT "complaints_channel_check";--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "aliases" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "topic_code" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "complaints" ADD COLUMN "topic_code" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "kind" text DEFAULT 'landmark' NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "area_code" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN "aliases" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "complaint_triage" ADD CONSTRAINT "complaint_triage_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_triage" ADD CONSTRAINT "complaint_triage_model_version_triage_models_version_fk" FOREIGN KEY ("model_version") REFERENCES "public"."triage_models"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaint_triage" ADD CONSTRAINT "complaint_triage_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_examples" ADD CONSTRAINT "triage_examples_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "triage_models" ADD CONSTRAINT "triage_models_trained_by_id_users_id_fk" FOREIGN KEY ("trained_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_triage_model_version_idx" ON "complaint_triage" USING btree ("model_version");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_examples_external_key_idx" ON "triage_examples" USING btree ("external_key");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_examples_complaint_id_idx" ON "triage_examples" USING btree ("complaint_id");--> statement-breakpoint
CREATE UNIQUE INDEX "triage_models_current_idx" ON "triage_models" USING btree ("current") WHERE "triage_models"."current";--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_topic_code_topics_code_fk" FOREIGN KEY ("topic_code") REFERENCES "public"."topics"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "services_topic_code_idx" ON "services" USING btree ("topic_code");--> statement-breakpoint
CREATE INDEX "complaints_topic_code_created_at_idx" ON "complaints" USING btree ("topic_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "places_area_code_idx" ON "places" USING btree ("area_code");--> statement-breakpoint
CREATE INDEX "places_kind_idx" ON "places" USING btree ("kind");--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_channel_check" CHECK ("complaints"."channel" in ('web', 'open311', 'phone', 'email', 'whatsapp', 'walk_in', 'letter', 'staff'));--> statement-breakpoint
ALTER TABLE "places" ADD CONSTRAINT "places_kind_check" CHECK ("places"."kind" in ('landmark', 'province', 'regency'));