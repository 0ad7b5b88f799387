-- Takes back 0001_team_server.sql: every table, function and the sequence of the schema (the
-- roles and the schema itself stay: they belong to `closeplan server init`, not to a revision).
DROP FUNCTION closeplan.share(uuid, text, boolean), closeplan.touch_sync(), closeplan.push(jsonb),
    closeplan._apply(jsonb, closeplan.deal), closeplan._disputed(jsonb, jsonb, closeplan.deal),
    closeplan._log(jsonb, uuid, text, uuid, jsonb, jsonb, integer, bigint),
    closeplan._conflict(jsonb, uuid, text, uuid, text, text, jsonb, jsonb, jsonb, jsonb, bigint),
    closeplan._add_deal(jsonb, text, text, uuid), closeplan._last_change(jsonb),
    closeplan._place(uuid, text, uuid, integer, bigint);
DROP TABLE closeplan.owner_sync, closeplan.applied_op, closeplan.conflict, closeplan.change, closeplan.item,
    closeplan.deal_share, closeplan.deal, closeplan.member CASCADE;
DROP FUNCTION closeplan.can_edit(uuid), closeplan.owns(uuid), closeplan.team_of(text), closeplan.my_role(),
    closeplan.my_team();
DROP SEQUENCE closeplan.rev_seq;
DROP POLICY version_admin ON closeplan.alembic_version;
ALTER TABLE closeplan.alembic_version NO FORCE ROW LEVEL SECURITY;
ALTER TABLE closeplan.alembic_version DISABLE ROW LEVEL SECURITY;
