-- Signing out ends that device's session: its JWT's session id is kept here, and refused,
-- until the token would have passed its absolute limit anyway. Rows past that are pruned.
CREATE TABLE "revoked_sessions" (
    "id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "revoked_sessions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "revoked_sessions_expires_at_idx" ON "revoked_sessions"("expires_at");
