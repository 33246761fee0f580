import { useEffect, useState } from "react";
import type { StaffIntakeChannel } from "@/server/db/schema/constants";
import { toWibInput } from "@/server/i18n/jakarta-time";

/** The record form's typed values (whether the reporter asked for confidentiality is a checkbox of its own). */
export type Form = {
  channel: StaffIntakeChannel;
  description: string;
  topicCode: string;
  serviceId: string;
  category: string;
  placeId: string;
  occurredAt: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

export const blank = (): Form => ({
  channel: "phone",
  description: "",
  topicCode: "",
  serviceId: "",
  category: "",
  placeId: "",
  occurredAt: toWibInput(new Date()),
  contactName: "",
  contactEmail: "",
  contactPhone: "",
});

export const newKey = () => `staff_${crypto.randomUUID().replaceAll("-", "")}`;

/** Waits until typing pauses before asking for suggestions. */
export function useSettled(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
