import { z } from "zod";
import { SEARCH_QUERY_MAX } from "./types";

/** The search route's query string: `q`, 1–100 characters once trimmed. */
export const searchQuerySchema = z.object({
  q: z
    .string({ error: "Type something to search for." })
    .trim()
    .min(1, { error: "Type something to search for." })
    .max(SEARCH_QUERY_MAX, { error: `Search for at most ${SEARCH_QUERY_MAX} characters.` }),
});
