-- Search of the papers: typographic punctuation (curly quotes, dashes, ellipsis, bullet) is read
-- as a space before the lines are split into words. A database initialised with the C locale
-- counts every non-ASCII character as a letter, so “System would otherwise be one word there and
-- a phrase in curly quotes would match on one server and not on another (PGlite, UTF-8 locales).
-- searchStatement() in src/subgraphs/governance/search.ts uses this same expression.
DROP INDEX "SourceLine_text_search_idx";
CREATE INDEX "SourceLine_text_search_idx" ON "SourceLine" USING GIN (to_tsvector('english', translate("text", '“”‘’«»–—…•', '          ')));
