-- The team overview (`team_overview`, `…_team_overview_read`) reads each person's rows of a table by
-- index. On a table with few or no rows (held credentials, generiek-deel results) the planner chose a
-- sequential scan per person instead, and every rescan asks for the table's size: on the embedded
-- database a file-system call per person and table, 0.5 ms of the statement's 4 ms for a 72-person
-- team at national scale (profiled). The function plans with sequential scans off; the answer is the
-- same, and on a table with rows the planner chose the index already.
ALTER FUNCTION "team_overview"(text, date, text) SET enable_seqscan = off;
