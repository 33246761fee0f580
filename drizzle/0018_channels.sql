CREATE TABLE "complaint_threads" (
	"complaint_id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"root_message_id" text,
	"last_inbound_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_threads_channel_check" CHECK ("complaint_threads"."channel" in ('email', 'whatsapp'))
);
--> statement-breakpoint
CREATE TABLE "inbound_messages" (
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"outcome" text NOT NULL,
	"complaint_id" uuid,
	"reason" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_messages_channel_external_id_pk" PRIMARY KEY("channel","external_id"),
	CONSTRAINT "inbound_messages_channel_check" CHECK ("inbound_messages"."channel" in ('email', 'whatsapp')),
	CONSTRAINT "inbound_messages_outcome_check" CHECK ("inbound_messages"."outcome" in ('complaint', 'reply', 'conversation', 'status', 'ignored', 'refused'))
);
--> statement-breakpoint
CREATE TABLE "whatsapp_conversations" (
	"wa_id" text PRIMARY KEY NOT NULL,
	"step" text NOT NULL,
	"locale" text DEFAULT 'id' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_inbound_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "whatsapp_conversations_locale_check" CHECK ("whatsapp_conversations"."locale" in ('id', 'en')),
	CONSTRAINT "whatsapp_conversations_step_check" CHECK (char_length("whatsapp_conversations"."step") <= 40)
);
--> statement-breakpoint
ALTER TABLE "complaints" DROP CONSTRAINT "complaints_channel_check";--> statement-breakpoint
ALTER TABLE "outbox" DROP CONSTRAINT "outbox_channel_check";--> statement-breakpoint
ALTER TABLE "complaint_threads" ADD CONSTRAINT "complaint_threads_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_complaint_id_complaints_id_fk" FOREIGN KEY ("complaint_id") REFERENCES "public"."complaints"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaint_threads_root_message_id_idx" ON "complaint_threads" USING btree ("root_message_id");--> statement-breakpoint
CREATE INDEX "inbound_messages_complaint_id_idx" ON "inbound_messages" USING btree ("complaint_id");--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_channel_check" CHECK ("complaints"."channel" in ('web', 'open311', 'phone', 'email', 'whatsapp', 'walk_in', 'staff'));--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_channel_check" CHECK ("outbox"."channel" in ('email', 'whatsapp'));