-- Full-text search over topics and approved statements (docs/product.md §12). Each row carries
-- its search document as a tsvector: English text (the stored English translation, where there
-- is one) with the `english` configuration, text in other languages with `simple` (no stemming
-- or stop words that would be wrong for it). A generated column cannot read the translations
-- table, so triggers keep the column current: one on the row's own text and language, one where
-- translations are written.
ALTER TABLE "topics" ADD COLUMN "search_vector" tsvector;
ALTER TABLE "posts" ADD COLUMN "search_vector" tsvector;

-- title: weight A (topics only); body: weight B; an English translation (of title and body
-- together, as the judge read it) is weight B too.
CREATE FUNCTION "search_document"(title text, body text, language text, english text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN english IS NOT NULL THEN
      setweight(to_tsvector('english'::regconfig, english), 'B')
      || setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, body), 'B')
    WHEN language IN ('eng', 'und') THEN
      setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('english'::regconfig, body), 'B')
    ELSE
      setweight(to_tsvector('simple'::regconfig, coalesce(title, '')), 'A')
      || setweight(to_tsvector('simple'::regconfig, body), 'B')
  END
$$;

CREATE FUNCTION "topics_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := search_document(NEW.title, NEW.description, NEW.language,
    (SELECT tr.text FROM translations tr
      WHERE tr.content_kind = 'topic' AND tr.content_id = NEW.id AND tr.target_language = 'eng'));
  RETURN NEW;
END
$$;

CREATE FUNCTION "posts_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector := search_document(NULL, NEW.body, NEW.language,
    (SELECT tr.text FROM translations tr
      WHERE tr.content_kind = 'post' AND tr.content_id = NEW.id AND tr.target_language = 'eng'));
  RETURN NEW;
END
$$;

CREATE FUNCTION "translations_search_vector"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.target_language = 'eng' AND NEW.content_kind = 'post' THEN
    UPDATE posts SET search_vector = search_document(NULL, body, language, NEW.text)
     WHERE id = NEW.content_id;
  ELSIF NEW.target_language = 'eng' AND NEW.content_kind = 'topic' THEN
    UPDATE topics SET search_vector = search_document(title, description, language, NEW.text)
     WHERE id = NEW.content_id;
  END IF;
  RETURN NULL;
END
$$;

UPDATE "topics" t SET "search_vector" = search_document(t.title, t.description, t.language,
  (SELECT tr.text FROM translations tr
    WHERE tr.content_kind = 'topic' AND tr.content_id = t.id AND tr.target_language = 'eng'));
UPDATE "posts" p SET "search_vector" = search_document(NULL, p.body, p.language,
  (SELECT tr.text FROM translations tr
    WHERE tr.content_kind = 'post' AND tr.content_id = p.id AND tr.target_language = 'eng'));

-- Only a real change of the text or its language recomputes: the review stamp stays a HOT
-- update, and a verdict that keeps the language costs nothing here.
CREATE TRIGGER "topics_search_vector_insert" BEFORE INSERT
  ON "topics" FOR EACH ROW EXECUTE FUNCTION "topics_search_vector"();
CREATE TRIGGER "topics_search_vector_update" BEFORE UPDATE OF "title", "description", "language"
  ON "topics" FOR EACH ROW
  WHEN (OLD."title" IS DISTINCT FROM NEW."title" OR OLD."description" IS DISTINCT FROM NEW."description"
        OR OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "topics_search_vector"();
CREATE TRIGGER "posts_search_vector_insert" BEFORE INSERT
  ON "posts" FOR EACH ROW EXECUTE FUNCTION "posts_search_vector"();
CREATE TRIGGER "posts_search_vector_update" BEFORE UPDATE OF "body", "language"
  ON "posts" FOR EACH ROW
  WHEN (OLD."body" IS DISTINCT FROM NEW."body" OR OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "posts_search_vector"();
CREATE TRIGGER "translations_search_vector" AFTER INSERT OR UPDATE OF "text"
  ON "translations" FOR EACH ROW EXECUTE FUNCTION "translations_search_vector"();

-- The expression indexes of the old search give way to indexes on the columns; statements are
-- searched only once approved, so their index covers approved rows alone.
DROP INDEX "topics_search_idx";
DROP INDEX "posts_search_idx";
CREATE INDEX "topics_search_idx" ON "topics" USING gin ("search_vector");
CREATE INDEX "posts_search_idx" ON "posts" USING gin ("search_vector") WHERE "status" = 'approved';
