-- Rate limits beyond sign-in (issue #13): sign-ups per client address, organizations
-- created per user, wrong current passwords per user. One row per counted attempt.

-- CreateTable
CREATE TABLE "rate_limit_events" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rate_limit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rate_limit_events_kind_key_created_at_idx" ON "rate_limit_events"("kind", "key", "created_at");
