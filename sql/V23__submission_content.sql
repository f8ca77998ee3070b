-- What a keyed submission said. A form sent again with its key but with other content (an edit
-- made after an answer that never arrived) is refused with a message instead of being answered
-- with the first save as if the edit had been kept. Only a SHA-256 of the content is kept, never
-- the content. Nullable: rows claimed before this column existed match any content. Expand-only:
-- the release before this one never reads or writes the column.
ALTER TABLE submission ADD COLUMN content_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER kind;
