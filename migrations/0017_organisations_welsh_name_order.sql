-- Active organisations in the order of their Welsh names, for the national lists read in Welsh
-- (the completeness page and its matrix, worker/src/returns/national.ts): a page of them is then
-- read from the index in order, as organisations_active_name_idx does for English names.
-- Hand-written like 0011; worker/db/schema.ts declares the same index.
CREATE INDEX `organisations_active_name_cy_idx` ON `organisations` (`name_cy`, `id`) WHERE archived_at IS NULL;
