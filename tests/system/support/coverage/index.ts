/** The whole table, in the order the legitimate calls run (each leaves what the next one needs). */
import { ORG_ACTIONS } from "./org-actions";
import { ROUTES } from "./routes";
import { USER_ACTIONS } from "./user-actions";

export const COVERAGE = [...ROUTES, ...ORG_ACTIONS, ...USER_ACTIONS];
export { attacksOf, isNotApplicable, type Coverage } from "./types";
