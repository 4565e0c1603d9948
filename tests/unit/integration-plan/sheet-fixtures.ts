/** A mapping sheet's header and one good row, as pasted from a spreadsheet, shared by the import tests. */
import { readMappingSheet } from "@/lib/integration-plan";

export const HEADER = "Business object\tSource system\tSource field\tTarget system\tTarget field\tKind\tSync direction";
export const EMAIL = "Contact\tCRM\tEmail\tSupport desk\trequester_email\tValue\tOne-way";
export const EMAIL_ROW = {
  object: "contact",
  sourceSystem: "crm",
  sourceField: "Email",
  targetSystem: "support_desk",
  targetField: "requester_email",
  kind: "value",
  direction: "one_way",
};

export const paste = (text: string) => readMappingSheet(text, { format: "paste" });
export const csv = (text: string) => readMappingSheet(text, { format: "csv" });
