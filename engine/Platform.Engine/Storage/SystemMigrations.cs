namespace Platform.Engine.Storage;

/// <summary>
/// The system tables, as numbered migrations. Never edit a migration that has shipped: add the next number.
/// </summary>
public static class SystemMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "identity", """
            CREATE TABLE sys_users (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                email TEXT NOT NULL COLLATE NOCASE UNIQUE,
                name TEXT NOT NULL,
                password_hash TEXT,
                role TEXT NOT NULL,
                team TEXT,
                region TEXT,
                industries TEXT NOT NULL DEFAULT '[]',
                seniority INTEGER NOT NULL DEFAULT 0,
                capacity INTEGER,
                active INTEGER NOT NULL DEFAULT 1,
                locale TEXT,
                created_at TEXT NOT NULL);
            CREATE TABLE sys_api_keys (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_id INTEGER NOT NULL REFERENCES sys_users(id),
                name TEXT NOT NULL,
                prefix TEXT NOT NULL,
                key_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT);
            """),
        new(2, "entities", """
            CREATE TABLE sys_entities (
                slug TEXT PRIMARY KEY,
                definition TEXT NOT NULL,
                position INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE sys_sequences (
                entity TEXT NOT NULL,
                field TEXT NOT NULL,
                period TEXT NOT NULL,
                value INTEGER NOT NULL,
                PRIMARY KEY (entity, field, period));
            """),
        new(3, "records", """
            CREATE TABLE sys_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                at TEXT NOT NULL,
                user_id INTEGER,
                action TEXT NOT NULL,
                changes TEXT NOT NULL);
            CREATE INDEX ix_sys_audit_record ON sys_audit (entity, record_id, id);
            CREATE TABLE sys_views (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                name TEXT NOT NULL,
                definition TEXT NOT NULL,
                created_by INTEGER,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE INDEX ix_sys_views_entity ON sys_views (entity);
            """),
        new(4, "forms", """
            CREATE TABLE sys_forms (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                slug TEXT NOT NULL UNIQUE,
                entity TEXT NOT NULL,
                is_default INTEGER NOT NULL DEFAULT 0,
                definition TEXT NOT NULL,
                version INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE INDEX ix_sys_forms_entity ON sys_forms (entity);
            CREATE TABLE sys_form_versions (
                form_id INTEGER NOT NULL REFERENCES sys_forms(id) ON DELETE CASCADE,
                version INTEGER NOT NULL,
                definition TEXT NOT NULL,
                published_at TEXT NOT NULL,
                published_by INTEGER,
                PRIMARY KEY (form_id, version));
            CREATE TABLE sys_form_submissions (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                receipt TEXT NOT NULL UNIQUE,
                form_slug TEXT NOT NULL,
                version INTEGER NOT NULL,
                entity TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                submitted_at TEXT NOT NULL);
            CREATE INDEX ix_sys_form_submissions_record ON sys_form_submissions (entity, record_id);
            """),
        new(5, "imports", """
            CREATE TABLE sys_imports (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                mode TEXT NOT NULL,
                status TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_format TEXT NOT NULL,
                settings TEXT NOT NULL,
                columns TEXT NOT NULL,
                total INTEGER,
                processed INTEGER NOT NULL DEFAULT 0,
                created INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                skipped INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0,
                message TEXT,
                created_by INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                started_at TEXT,
                finished_at TEXT);
            CREATE INDEX ix_sys_imports_status ON sys_imports (status);
            CREATE TABLE sys_import_failures (
                import_id TEXT NOT NULL,
                row_no INTEGER NOT NULL,
                cells TEXT NOT NULL,
                errors TEXT NOT NULL,
                PRIMARY KEY (import_id, row_no)) WITHOUT ROWID;
            """),
            new(6, "settings", """
            CREATE TABLE sys_settings (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                updated_at TEXT NOT NULL) WITHOUT ROWID;
            """),
        new(7, "scripts", """
            CREATE TABLE sys_rules (
                entity TEXT NOT NULL,
                slug TEXT NOT NULL,
                kind TEXT NOT NULL,
                label TEXT NOT NULL DEFAULT '{}',
                script TEXT NOT NULL,
                field TEXT,
                grade_field TEXT,
                enabled INTEGER NOT NULL DEFAULT 1,
                position INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (entity, slug)) WITHOUT ROWID;
            CREATE TABLE sys_record_scores (
                entity TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                rule TEXT NOT NULL,
                score REAL NOT NULL,
                grade TEXT,
                reasons TEXT NOT NULL,
                scored_at TEXT NOT NULL,
                PRIMARY KEY (entity, record_id, rule)) WITHOUT ROWID;
            CREATE TABLE sys_formula_jobs (
                id TEXT PRIMARY KEY,
                entity TEXT NOT NULL,
                field TEXT NOT NULL,
                status TEXT NOT NULL,
                total INTEGER NOT NULL DEFAULT 0,
                processed INTEGER NOT NULL DEFAULT 0,
                failed INTEGER NOT NULL DEFAULT 0,
                last_id INTEGER NOT NULL DEFAULT 0,
                message TEXT,
                created_at TEXT NOT NULL,
                finished_at TEXT);
            CREATE INDEX ix_sys_formula_jobs_field ON sys_formula_jobs (entity, field, created_at);
            """),
            new(8, "pipelines", """
            CREATE TABLE sys_stage_ledger (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                field TEXT NOT NULL,
                from_stage TEXT,
                to_stage TEXT,
                at TEXT NOT NULL,
                by_user INTEGER,
                source TEXT NOT NULL,
                reason TEXT);
            CREATE INDEX ix_sys_stage_ledger_record ON sys_stage_ledger (entity, record_id, field, id);
            CREATE INDEX ix_sys_stage_ledger_at ON sys_stage_ledger (entity, field, at);
            """),
        // A card's place in its board column; records without a rank follow, most recently changed first.
        // The snapshot reads each record's last move up to a date from one covering index, in record order,
        // instead of sorting the ledger; it serves every query the (entity, field, at) index served.
        new(9, "board ranks", """
            CREATE TABLE sys_board_ranks (
                entity TEXT NOT NULL,
                field TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                rank REAL NOT NULL,
                PRIMARY KEY (entity, field, record_id)) WITHOUT ROWID;
            CREATE INDEX ix_sys_stage_ledger_snapshot ON sys_stage_ledger (entity, field, record_id, at, to_stage);
            DROP INDEX ix_sys_stage_ledger_at;
            """),
        // One row per version of an Elsa workflow document, kept verbatim in json. The partial indexes hold
        // the rule that a definition has exactly one latest version and at most one published version.
        new(10, "workflow definitions", """
            CREATE TABLE sys_workflow_definitions (
                id TEXT PRIMARY KEY,
                definition_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                is_latest INTEGER NOT NULL,
                is_published INTEGER NOT NULL,
                name TEXT,
                json TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (definition_id, version));
            CREATE UNIQUE INDEX ux_sys_workflow_definitions_latest ON sys_workflow_definitions (definition_id) WHERE is_latest = 1;
            CREATE UNIQUE INDEX ux_sys_workflow_definitions_published ON sys_workflow_definitions (definition_id) WHERE is_published = 1;
            """),
        // People's to-dos and messages. A task's source says who made it (`user` or `workflow:<instance>`);
        // correlation_id lets a workflow find the task it is waiting on.
        new(11, "tasks and notifications", """
            CREATE TABLE sys_tasks (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT NOT NULL,
                description TEXT,
                assignee_id INTEGER NOT NULL,
                due_at TEXT,
                status TEXT NOT NULL,
                done_at TEXT,
                done_by INTEGER,
                entity TEXT,
                record_id INTEGER,
                source TEXT NOT NULL,
                correlation_id TEXT,
                created_at TEXT NOT NULL,
                created_by INTEGER NOT NULL);
            CREATE INDEX ix_sys_tasks_assignee ON sys_tasks (assignee_id, status, due_at);
            CREATE INDEX ix_sys_tasks_correlation ON sys_tasks (correlation_id);
            CREATE TABLE sys_notifications (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                user_id INTEGER NOT NULL,
                title TEXT NOT NULL,
                body TEXT,
                link TEXT,
                entity TEXT,
                record_id INTEGER,
                read_at TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX ix_sys_notifications_user ON sys_notifications (user_id, id);
            CREATE INDEX ix_sys_notifications_unread ON sys_notifications (user_id) WHERE read_at IS NULL;
            """),
        // Running workflows. An instance's state (variables, flowchart counters, bookmarks) is one JSON
        // document written with the effects of the burst that produced it. Bookmarks and triggers are also
        // rows, found by Elsa's hash; jobs are everything that waits for a time (timers, scheduled triggers,
        // stimuli to deliver), claimed by deleting them in the burst that does the work.
        new(12, "workflow runtime", """
            CREATE TABLE sys_workflow_instances (
                id TEXT PRIMARY KEY,
                definition_id TEXT NOT NULL,
                definition_version_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                status TEXT NOT NULL,
                sub_status TEXT NOT NULL,
                correlation_id TEXT,
                name TEXT,
                incident_count INTEGER NOT NULL DEFAULT 0,
                entity TEXT,
                record_id INTEGER,
                state TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                finished_at TEXT);
            CREATE INDEX ix_sys_workflow_instances_status ON sys_workflow_instances (sub_status, updated_at);
            CREATE INDEX ix_sys_workflow_instances_definition ON sys_workflow_instances (definition_id, created_at);
            CREATE INDEX ix_sys_workflow_instances_correlation ON sys_workflow_instances (correlation_id);
            CREATE INDEX ix_sys_workflow_instances_record ON sys_workflow_instances (entity, record_id);
            CREATE TABLE sys_workflow_bookmarks (
                id TEXT PRIMARY KEY,
                instance_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                activity_instance_id TEXT NOT NULL,
                name TEXT NOT NULL,
                hash TEXT NOT NULL,
                correlation_id TEXT,
                payload TEXT NOT NULL,
                due_at TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX ix_sys_workflow_bookmarks_hash ON sys_workflow_bookmarks (hash, correlation_id);
            CREATE INDEX ix_sys_workflow_bookmarks_instance ON sys_workflow_bookmarks (instance_id);
            CREATE TABLE sys_workflow_triggers (
                id TEXT PRIMARY KEY,
                definition_id TEXT NOT NULL,
                definition_version_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                activity_id TEXT NOT NULL,
                activity_type TEXT NOT NULL,
                name TEXT NOT NULL,
                hash TEXT NOT NULL,
                payload TEXT NOT NULL,
                published_at TEXT NOT NULL);
            CREATE INDEX ix_sys_workflow_triggers_hash ON sys_workflow_triggers (hash);
            CREATE INDEX ix_sys_workflow_triggers_name ON sys_workflow_triggers (name);
            CREATE INDEX ix_sys_workflow_triggers_definition ON sys_workflow_triggers (definition_id);
            CREATE TABLE sys_workflow_jobs (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                due_at TEXT NOT NULL,
                key TEXT UNIQUE,
                instance_id TEXT,
                bookmark_id TEXT,
                trigger_id TEXT,
                name TEXT,
                payload TEXT,
                input TEXT,
                correlation_id TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                failed_at TEXT,
                created_at TEXT NOT NULL);
            CREATE INDEX ix_sys_workflow_jobs_due ON sys_workflow_jobs (due_at) WHERE failed_at IS NULL;
            CREATE INDEX ix_sys_workflow_jobs_instance ON sys_workflow_jobs (instance_id);
            CREATE TABLE sys_workflow_incidents (
                id TEXT PRIMARY KEY,
                instance_id TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                activity_type TEXT NOT NULL,
                message TEXT NOT NULL,
                at TEXT NOT NULL,
                resolved_at TEXT);
            CREATE INDEX ix_sys_workflow_incidents_instance ON sys_workflow_incidents (instance_id);
            CREATE TABLE sys_workflow_journal (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                instance_id TEXT NOT NULL,
                at TEXT NOT NULL,
                activity_id TEXT NOT NULL,
                activity_type TEXT NOT NULL,
                activity_name TEXT,
                activity_instance_id TEXT NOT NULL,
                event TEXT NOT NULL,
                detail TEXT);
            CREATE INDEX ix_sys_workflow_journal_instance ON sys_workflow_journal (instance_id, id);
            """),
        // Why each record got its owner: one row per assignment, with the reason in every language and the
        // candidates considered. The round-robin cursor is a row per (entity, key) updated in the assigning
        // write itself, so concurrent assignments take turns in the order the one writer commits them.
        new(13, "owner assignments", """
            CREATE TABLE sys_assignments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entity TEXT NOT NULL,
                record_id INTEGER NOT NULL,
                user_id INTEGER,
                strategy TEXT NOT NULL,
                by_default INTEGER NOT NULL,
                reason TEXT NOT NULL,
                candidates TEXT NOT NULL,
                at TEXT NOT NULL,
                by_user INTEGER,
                workflow_instance_id TEXT);
            CREATE INDEX ix_sys_assignments_record ON sys_assignments (entity, record_id, id);
            CREATE TABLE sys_assignment_cursors (
                entity TEXT NOT NULL,
                key TEXT NOT NULL,
                last_user_id INTEGER NOT NULL,
                turns INTEGER NOT NULL,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (entity, key)) WITHOUT ROWID;
            """),
        // E-mails and webhooks leave through this table: a row is written in the same transaction as the change
        // that caused it, and sent afterwards. The unique idempotency key makes a second enqueue of the same
        // message a no-op, and travels with the message so that a resend after a crash is recognisable.
        // Only rows still to be tried are in the due index.
        new(14, "outbox", """
            CREATE TABLE sys_outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                idempotency_key TEXT NOT NULL UNIQUE,
                payload TEXT NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                last_error TEXT,
                source TEXT,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                sent_at TEXT);
            CREATE INDEX ix_sys_outbox_due ON sys_outbox (next_attempt_at) WHERE status IN ('pending', 'failed');
            CREATE INDEX ix_sys_outbox_status ON sys_outbox (status, id);
            """),
    ];
}
