-- CreateIndex
CREATE INDEX "topics_decided_at_idx" ON "topics"("decided_at");

-- CreateIndex
CREATE INDEX "posts_decided_at_idx" ON "posts"("decided_at");

-- CreateIndex
CREATE INDEX "private_messages_decided_at_idx" ON "private_messages"("decided_at");
