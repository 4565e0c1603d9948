"use client";

import { createContext, use, type ReactNode } from "react";
import { DEFAULT_DATE_FORMAT, type DateFormat } from "@/lib/utils/format-date";

/**
 * The organization's date format for client components, provided once by the organization
 * layout. Server components read it from their `OrgContext` instead (they cannot read context).
 */
const DateFormatContext = createContext<DateFormat>(DEFAULT_DATE_FORMAT);

export function DateFormatProvider({ format, children }: { format: DateFormat; children: ReactNode }) {
  return <DateFormatContext value={format}>{children}</DateFormatContext>;
}

export function useDateFormat(): DateFormat {
  return use(DateFormatContext);
}
