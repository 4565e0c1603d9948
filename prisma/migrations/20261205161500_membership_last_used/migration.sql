-- Issue #14: someone in several organizations lands on the one they used last. When they
-- last opened an organization's pages is kept on their membership (null: not since this
-- column exists), and the home page orders memberships by it.

ALTER TABLE "memberships" ADD COLUMN "last_used_at" TIMESTAMP(3);
