-- CreateTable
CREATE TABLE "semantic_cache_days" (
    "day" DATE NOT NULL,
    "operation" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "semantic_cache_days_pkey" PRIMARY KEY ("day","operation","outcome")
);
