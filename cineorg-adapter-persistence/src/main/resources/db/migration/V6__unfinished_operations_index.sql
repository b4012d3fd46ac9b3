-- Recovery and undo look up the steps still in flight (PENDING, UNDOING). An index over every state grew with the whole
-- history and changed on every step twice (PENDING, then DONE); this partial one holds only the few steps in flight,
-- so a step leaving it costs one small delete. The condition is the one the recovery query uses, word for word.

DROP INDEX ix_organize_operation_state;
CREATE INDEX ix_organize_operation_unfinished ON organize_operation (state) WHERE state IN ('PENDING', 'UNDOING');
