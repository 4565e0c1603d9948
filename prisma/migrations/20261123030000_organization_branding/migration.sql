-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "accent_color" TEXT NOT NULL DEFAULT '#1d4ed8',
ADD COLUMN     "logo" BYTEA,
ADD COLUMN     "logo_mime_type" TEXT;
