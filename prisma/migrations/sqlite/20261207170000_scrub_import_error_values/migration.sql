-- Import error reports written before 2026-12-07 quoted the refused cell ("ada@example" is not a
-- valid email address). A report outlives the person it names, so the quoted values go; rows
-- written since hold only the column and the reason.
UPDATE "BackgroundJobError"
SET "message" = 'this cell was refused (the report was written before reports stopped quoting values, so its reason went with the value)'
WHERE "message" LIKE '"%';
