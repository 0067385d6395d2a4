-- db-scheduler now picks due work by priority (application.yml): executions written before that have none, so they
-- take the default a task gets (MEDIUM, 50) instead of sorting before or after everything by how NULL compares.
UPDATE scheduled_tasks SET priority = 50 WHERE priority IS NULL;
