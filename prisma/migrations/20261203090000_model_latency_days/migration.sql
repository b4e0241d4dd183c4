-- CreateTable
CREATE TABLE "model_latency_days" (
    "day" DATE NOT NULL,
    "operation" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "calls" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_latency_days_pkey" PRIMARY KEY ("day","operation","bucket")
);
