-- The team server's first schema (docs/sync-protocol.md): tables, indexes, the revision sequence,
-- grants, row-level security (ENABLEd and FORCEd on every table) and the SQL functions.
-- Run by `closeplan server init` as the role closeplan_owner (it owns everything created here),
-- in one transaction with the roles and the schema, which init creates before.
-- Frozen history: a later change is a new revision.

CREATE SEQUENCE closeplan.rev_seq AS bigint;

-- who is in which team, as what (written by `closeplan server add-user`)
CREATE TABLE closeplan.member (
    login      text PRIMARY KEY,
    team       text NOT NULL CHECK (team <> ''),
    role       text NOT NULL CHECK (role IN ('ae', 'manager')),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE closeplan.deal (
    id         uuid PRIMARY KEY,
    team       text NOT NULL,
    owner      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    removed_at timestamptz,
    removed_by text,
    rev        bigint NOT NULL
);
CREATE INDEX deal_rev ON closeplan.deal (rev);
CREATE INDEX deal_owner ON closeplan.deal (owner);

CREATE TABLE closeplan.deal_share (
    deal_id   uuid NOT NULL REFERENCES closeplan.deal (id),
    grantee   text NOT NULL,
    can_edit  boolean NOT NULL DEFAULT false,
    shared_by text NOT NULL DEFAULT current_user,
    PRIMARY KEY (deal_id, grantee)
);
CREATE INDEX deal_share_grantee ON closeplan.deal_share (grantee, deal_id);

-- (no foreign key to deal: the policies let an item in only for a deal the caller may change,
-- deals are never deleted, and a key checked per item doubled the time of a deal's upload)
CREATE TABLE closeplan.item (
    deal_id    uuid NOT NULL,
    entity     text NOT NULL,
    entity_id  uuid NOT NULL,
    position   integer NOT NULL DEFAULT 0,
    fields     jsonb NOT NULL CHECK (jsonb_typeof(fields) = 'object'),
    meta       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(meta) = 'object'),
    removed_at timestamptz,
    rev        bigint NOT NULL,
    PRIMARY KEY (deal_id, entity, entity_id)
);
CREATE INDEX item_deal_rev ON closeplan.item (deal_id, rev);

CREATE TABLE closeplan.change (
    op_id       uuid PRIMARY KEY,
    rev         bigint NOT NULL,
    deal_id     uuid NOT NULL REFERENCES closeplan.deal (id),
    action_id   uuid,
    seq         integer,
    kind        text NOT NULL,
    entity      text NOT NULL,
    entity_id   uuid,
    field       text NOT NULL DEFAULT '',
    old         jsonb,
    new         jsonb,
    position    integer,
    author      text NOT NULL DEFAULT current_user,
    at          timestamptz,
    label       text NOT NULL DEFAULT '',
    source      text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX change_deal_rev ON closeplan.change (deal_id, rev);

CREATE TABLE closeplan.conflict (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    deal_id       uuid NOT NULL REFERENCES closeplan.deal (id),
    entity        text NOT NULL,
    entity_id     uuid,
    field         text NOT NULL DEFAULT '',
    reason        text NOT NULL CHECK (reason IN ('changed', 'gone', 'edited', 'exists', 'together')),
    base          jsonb,
    mine          jsonb,
    theirs        jsonb,
    mine_author   text NOT NULL,
    mine_at       timestamptz,
    theirs_author text,
    theirs_at     timestamptz,
    op_id         uuid NOT NULL,
    resolved_at   timestamptz,
    resolution    text CHECK (resolution IN ('mine', 'theirs')),
    resolved_by   text,
    rev           bigint NOT NULL
);
CREATE INDEX conflict_rev ON closeplan.conflict (rev);
CREATE INDEX conflict_deal ON closeplan.conflict (deal_id);

CREATE TABLE closeplan.applied_op (
    op_id       uuid PRIMARY KEY,
    deal_id     uuid NOT NULL,
    author      text NOT NULL DEFAULT current_user,
    result      text NOT NULL CHECK (result IN ('applied', 'same', 'conflict')),
    rev         bigint,
    conflict_id uuid
);

-- when each login last synced (closeplan.touch_sync): how fresh the manager's view of a deal is
CREATE TABLE closeplan.owner_sync (
    login     text PRIMARY KEY,
    team      text NOT NULL,
    synced_at timestamptz NOT NULL
);

-- --- who may use what: the group roles, column by column -------------------------------------
GRANT USAGE ON SCHEMA closeplan TO closeplan_ae, closeplan_manager;
GRANT USAGE ON SEQUENCE closeplan.rev_seq TO closeplan_ae, closeplan_manager;
GRANT SELECT ON closeplan.member, closeplan.deal, closeplan.deal_share, closeplan.item, closeplan.change,
    closeplan.conflict, closeplan.applied_op, closeplan.owner_sync TO closeplan_ae, closeplan_manager;
GRANT INSERT ON closeplan.deal TO closeplan_ae;  -- a manager creates no deals
GRANT UPDATE (rev, removed_at, removed_by) ON closeplan.deal TO closeplan_ae, closeplan_manager;
GRANT INSERT, DELETE, UPDATE (can_edit) ON closeplan.deal_share TO closeplan_ae, closeplan_manager;
GRANT INSERT, UPDATE (position, fields, meta, removed_at, rev) ON closeplan.item TO closeplan_ae, closeplan_manager;
GRANT INSERT ON closeplan.change, closeplan.applied_op TO closeplan_ae, closeplan_manager;
GRANT INSERT, UPDATE (resolved_at, resolution, resolved_by, rev) ON closeplan.conflict
    TO closeplan_ae, closeplan_manager;
GRANT INSERT, UPDATE (team, synced_at) ON closeplan.owner_sync TO closeplan_ae, closeplan_manager;

-- --- the caller, as the policies see them ----------------------------------------------------

-- The caller's team and role: their own member row, which the member policy lets them read.
CREATE FUNCTION closeplan.my_team() RETURNS text
LANGUAGE sql STABLE SECURITY INVOKER PARALLEL SAFE
AS $$ SELECT m.team FROM closeplan.member m WHERE m.login = current_user $$;

CREATE FUNCTION closeplan.my_role() RETURNS text
LANGUAGE sql STABLE SECURITY INVOKER PARALLEL SAFE
AS $$ SELECT m.role FROM closeplan.member m WHERE m.login = current_user $$;

-- The team of another login. SECURITY DEFINER because a login may read only its own member row
-- (the teams of others are not theirs to list); it answers one question about one named login,
-- needed to check that a deal is shared with someone of the same team. It runs as closeplan_owner,
-- which the member table's owner policy lets read member (and nothing else).
CREATE FUNCTION closeplan.team_of(login text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$ SELECT m.team FROM closeplan.member m WHERE m.login = team_of.login $$;

-- Whether the caller owns the deal (and it is of their team).
CREATE FUNCTION closeplan.owns(deal uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
AS $$
    SELECT EXISTS (
        SELECT 1 FROM closeplan.deal d
        WHERE d.id = owns.deal AND d.owner = current_user AND d.team = closeplan.my_team()
    )
$$;

-- Whether the caller may change the deal: its owner, or someone it is shared with for editing
-- (and, through the deal's own policy, of its team). The policies of items, changes and conflicts
-- write the same test out.
CREATE FUNCTION closeplan.can_edit(deal uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
AS $$
    SELECT EXISTS (
        SELECT 1 FROM closeplan.deal d
        WHERE d.id = can_edit.deal
          AND (d.owner = current_user OR EXISTS (
                SELECT 1 FROM closeplan.deal_share s
                WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))
    )
$$;

-- --- row-level security: enabled and forced on every table ------------------------------------
-- (FORCE: closeplan_owner, which owns the tables, is bound by the policies too; it has none on the
-- deals' tables, so it reads none of them.) Items, changes and conflicts follow their deal: the
-- subquery on closeplan.deal is itself filtered by the deal's policies.

ALTER TABLE closeplan.member ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.member FORCE ROW LEVEL SECURITY;
CREATE POLICY member_self ON closeplan.member FOR SELECT TO closeplan_ae, closeplan_manager
    USING (login = current_user);
CREATE POLICY member_admin ON closeplan.member TO closeplan_owner USING (true) WITH CHECK (true);

ALTER TABLE closeplan.deal ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.deal FORCE ROW LEVEL SECURITY;
CREATE POLICY deal_read ON closeplan.deal FOR SELECT TO closeplan_ae, closeplan_manager
    USING (team = (SELECT closeplan.my_team()) AND (
        owner = current_user
        OR (SELECT closeplan.my_role()) = 'manager'
        OR EXISTS (SELECT 1 FROM closeplan.deal_share s WHERE s.deal_id = id AND s.grantee = current_user)));
CREATE POLICY deal_create ON closeplan.deal FOR INSERT TO closeplan_ae
    WITH CHECK (owner = current_user AND team = (SELECT closeplan.my_team())
                AND (SELECT closeplan.my_role()) = 'ae');
CREATE POLICY deal_write ON closeplan.deal FOR UPDATE TO closeplan_ae, closeplan_manager
    USING (team = (SELECT closeplan.my_team()) AND (
        owner = current_user
        OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                   WHERE s.deal_id = id AND s.grantee = current_user AND s.can_edit)))
    WITH CHECK (team = (SELECT closeplan.my_team()) AND (
        owner = current_user
        OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                   WHERE s.deal_id = id AND s.grantee = current_user AND s.can_edit)));

ALTER TABLE closeplan.deal_share ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.deal_share FORCE ROW LEVEL SECURITY;
-- (no subquery on deal here: deal's policies read deal_share, and policies may not go in a circle)
CREATE POLICY share_read ON closeplan.deal_share FOR SELECT TO closeplan_ae, closeplan_manager
    USING (grantee = current_user OR shared_by = current_user);
CREATE POLICY share_create ON closeplan.deal_share FOR INSERT TO closeplan_ae, closeplan_manager
    WITH CHECK (shared_by = current_user AND grantee <> current_user AND closeplan.owns(deal_id)
                AND closeplan.team_of(grantee) = (SELECT closeplan.my_team()));
CREATE POLICY share_change ON closeplan.deal_share FOR UPDATE TO closeplan_ae, closeplan_manager
    USING (shared_by = current_user AND closeplan.owns(deal_id))
    WITH CHECK (shared_by = current_user AND closeplan.owns(deal_id));
CREATE POLICY share_drop ON closeplan.deal_share FOR DELETE TO closeplan_ae, closeplan_manager
    USING (shared_by = current_user AND closeplan.owns(deal_id));

ALTER TABLE closeplan.item ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.item FORCE ROW LEVEL SECURITY;
CREATE POLICY item_read ON closeplan.item FOR SELECT TO closeplan_ae, closeplan_manager
    USING (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id));
-- (the test of closeplan.can_edit written out: a function with a subquery is not inlined, and
-- called once per row it would cost more than the insert itself)
CREATE POLICY item_create ON closeplan.item FOR INSERT TO closeplan_ae, closeplan_manager
    WITH CHECK (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))));
CREATE POLICY item_write ON closeplan.item FOR UPDATE TO closeplan_ae, closeplan_manager
    USING (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))))
    WITH CHECK (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))));

ALTER TABLE closeplan.change ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.change FORCE ROW LEVEL SECURITY;
CREATE POLICY change_read ON closeplan.change FOR SELECT TO closeplan_ae, closeplan_manager
    USING (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id));
CREATE POLICY change_create ON closeplan.change FOR INSERT TO closeplan_ae, closeplan_manager
    WITH CHECK (author = current_user AND EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))));

ALTER TABLE closeplan.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.conflict FORCE ROW LEVEL SECURITY;
CREATE POLICY conflict_read ON closeplan.conflict FOR SELECT TO closeplan_ae, closeplan_manager
    USING (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id));
CREATE POLICY conflict_create ON closeplan.conflict FOR INSERT TO closeplan_ae, closeplan_manager
    WITH CHECK (mine_author = current_user AND EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))));
CREATE POLICY conflict_resolve ON closeplan.conflict FOR UPDATE TO closeplan_ae, closeplan_manager
    USING (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))))
    WITH CHECK (EXISTS (SELECT 1 FROM closeplan.deal d WHERE d.id = deal_id AND (
        d.owner = current_user OR EXISTS (SELECT 1 FROM closeplan.deal_share s
                                          WHERE s.deal_id = d.id AND s.grantee = current_user AND s.can_edit))));

ALTER TABLE closeplan.applied_op ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.applied_op FORCE ROW LEVEL SECURITY;
CREATE POLICY applied_own ON closeplan.applied_op TO closeplan_ae, closeplan_manager
    USING (author = current_user) WITH CHECK (author = current_user);

ALTER TABLE closeplan.owner_sync ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.owner_sync FORCE ROW LEVEL SECURITY;
CREATE POLICY sync_read ON closeplan.owner_sync FOR SELECT TO closeplan_ae, closeplan_manager
    USING (team = (SELECT closeplan.my_team()));
CREATE POLICY sync_create ON closeplan.owner_sync FOR INSERT TO closeplan_ae, closeplan_manager
    WITH CHECK (login = current_user AND team = (SELECT closeplan.my_team()));
CREATE POLICY sync_touch ON closeplan.owner_sync FOR UPDATE TO closeplan_ae, closeplan_manager
    USING (login = current_user) WITH CHECK (login = current_user AND team = (SELECT closeplan.my_team()));

ALTER TABLE closeplan.alembic_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE closeplan.alembic_version FORCE ROW LEVEL SECURITY;
CREATE POLICY version_admin ON closeplan.alembic_version TO closeplan_owner USING (true) WITH CHECK (true);

-- --- push: the merge, per field ---------------------------------------------------------------

-- Put an item at ``index`` of its list (0 = first): the live items of the list are numbered 0, 1, …
-- in their order (position, then id) with a gap at ``index``; those whose place changed get the
-- revision ``rev``. Returns the position the item gets.
CREATE FUNCTION closeplan._place(p_deal uuid, p_entity text, p_item uuid, p_index integer, p_rev bigint)
RETURNS integer
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_count integer;
    v_index integer;
BEGIN
    SELECT count(*) INTO v_count FROM closeplan.item i
    WHERE i.deal_id = p_deal AND i.entity = p_entity AND i.removed_at IS NULL AND i.entity_id <> p_item;
    v_index := least(greatest(coalesce(p_index, v_count), 0), v_count);
    UPDATE closeplan.item i SET position = n.place, rev = p_rev
    FROM (
        SELECT o.entity_id, CASE WHEN o.k < v_index THEN o.k ELSE o.k + 1 END AS place
        FROM (SELECT x.entity_id, (row_number() OVER (ORDER BY x.position, x.entity_id) - 1)::integer AS k
              FROM closeplan.item x
              WHERE x.deal_id = p_deal AND x.entity = p_entity AND x.removed_at IS NULL
                AND x.entity_id <> p_item) o
    ) n
    WHERE i.deal_id = p_deal AND i.entity = p_entity AND i.entity_id = n.entity_id AND i.position <> n.place;
    RETURN v_index;
END
$$;

-- Who last changed an item and when: the newest entry of its meta.
CREATE FUNCTION closeplan._last_change(p_meta jsonb) RETURNS jsonb
LANGUAGE sql STABLE
AS $$
    SELECT e.value FROM jsonb_each(p_meta) e
    ORDER BY (e.value ->> 'at')::timestamptz DESC NULLS LAST LIMIT 1
$$;

-- An ``add`` of a whole deal: a new deal (owned by the caller, in their team) with all its items,
-- or the items merged like ``add``s into a deal the caller may change. Set-based.
CREATE FUNCTION closeplan._add_deal(p_op jsonb, p_team text, p_role text, p_deal uuid, OUT result text,
                                    OUT rev bigint, OUT conflict_id uuid)
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_me text := current_user;
    v_at timestamptz := (p_op ->> 'at')::timestamptz;
    v_add jsonb := jsonb_build_object('', jsonb_build_object('author', current_user, 'at', p_op -> 'at'));
    v_items jsonb := coalesce(p_op -> 'new' -> 'items', '[]');
    v_deal closeplan.deal%ROWTYPE;
    v_new boolean := false;
    v_changed integer := 0;
    v_count integer;
BEGIN
    IF jsonb_typeof(v_items) <> 'array' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'closeplan.push: an add of a deal needs "new": {"items": [...]}';
    END IF;
    SELECT d.* INTO v_deal FROM closeplan.deal d WHERE d.id = p_deal FOR UPDATE;
    IF NOT FOUND THEN
        IF p_role <> 'ae' THEN
            result := 'refused';
            RETURN;
        END IF;
        rev := nextval('closeplan.rev_seq');
        -- a deal that exists but is not the caller's to change is not overwritten: nothing inserted
        INSERT INTO closeplan.deal AS d (id, team, owner, rev) VALUES (p_deal, p_team, v_me, rev)
        ON CONFLICT (id) DO NOTHING;
        IF NOT FOUND THEN
            result := 'refused';
            rev := NULL;
            RETURN;
        END IF;
        v_new := true;
    ELSE
        rev := nextval('closeplan.rev_seq');
        IF v_deal.removed_at IS NOT NULL THEN  -- a deleted deal brought back
            UPDATE closeplan.deal d SET removed_at = NULL, removed_by = NULL WHERE d.id = p_deal;
            v_changed := 1;
        END IF;
    END IF;

    INSERT INTO closeplan.item AS t (deal_id, entity, entity_id, position, fields, meta, rev)
    SELECT p_deal, i.entity, coalesce(i.entity_id, p_deal), coalesce(i.position, 0), coalesce(i.fields, '{}'), v_add, rev
    FROM jsonb_to_recordset(v_items) AS i(entity text, entity_id uuid, position integer, fields jsonb)
    ON CONFLICT ON CONSTRAINT item_pkey DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    v_changed := v_changed + v_count;

    IF NOT v_new THEN
        UPDATE closeplan.item t
        SET fields = coalesce(i.fields, '{}'), meta = v_add, removed_at = NULL, position = coalesce(i.position, 0), rev = _add_deal.rev
        FROM jsonb_to_recordset(v_items) AS i(entity text, entity_id uuid, position integer, fields jsonb)
        WHERE t.deal_id = p_deal AND t.entity = i.entity AND t.entity_id = coalesce(i.entity_id, p_deal)
          AND t.removed_at IS NOT NULL;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        v_changed := v_changed + v_count;

        WITH made AS (
            INSERT INTO closeplan.conflict AS c (deal_id, entity, entity_id, field, reason, base, mine, theirs,
                                                 mine_author, mine_at, theirs_author, theirs_at, op_id, rev)
            SELECT p_deal, t.entity, t.entity_id, '', 'exists', NULL, i.fields, t.fields, v_me, v_at,
                   closeplan._last_change(t.meta) ->> 'author', (closeplan._last_change(t.meta) ->> 'at')::timestamptz,
                   (p_op ->> 'op_id')::uuid, _add_deal.rev
            FROM jsonb_to_recordset(v_items) AS i(entity text, entity_id uuid, position integer, fields jsonb)
            JOIN closeplan.item t
              ON t.deal_id = p_deal AND t.entity = i.entity AND t.entity_id = coalesce(i.entity_id, p_deal)
            WHERE t.removed_at IS NULL AND t.fields <> coalesce(i.fields, '{}') AND t.rev <> _add_deal.rev
            RETURNING c.id
        )
        SELECT min(m.id::text)::uuid INTO conflict_id FROM made m;
    END IF;

    IF v_new OR v_changed > 0 THEN
        INSERT INTO closeplan.change (op_id, rev, deal_id, action_id, seq, kind, entity, entity_id, field, old, new,
                                      position, at, label, source)
        SELECT (p_op ->> 'op_id')::uuid, rev, p_deal, (p_op ->> 'action_id')::uuid, (p_op ->> 'seq')::integer, 'add',
               'deal', p_deal, '', NULL,
               (SELECT i.fields -> 'name' FROM jsonb_to_recordset(v_items) AS i(entity text, fields jsonb)
                WHERE i.entity = 'deal' LIMIT 1),
               NULL, v_at, coalesce(p_op ->> 'label', ''), coalesce(p_op ->> 'source', '');
    END IF;
    IF conflict_id IS NOT NULL THEN
        result := 'conflict';
    ELSIF v_new OR v_changed > 0 THEN
        result := 'applied';
    ELSE
        result := 'same';
        rev := NULL;
    END IF;
END
$$;

-- A conflict: the server's value stays, both sides are recorded. Returns its id.
CREATE FUNCTION closeplan._conflict(p_op jsonb, p_deal uuid, p_entity text, p_item uuid, p_field text, p_reason text,
                                    p_base jsonb, p_mine jsonb, p_theirs jsonb, p_theirs_meta jsonb, p_rev bigint)
RETURNS uuid
LANGUAGE sql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO closeplan.conflict (deal_id, entity, entity_id, field, reason, base, mine, theirs, mine_author, mine_at,
                                    theirs_author, theirs_at, op_id, rev)
    VALUES (p_deal, p_entity, p_item, p_field, p_reason, p_base, p_mine, p_theirs, current_user,
            (p_op ->> 'at')::timestamptz, p_theirs_meta ->> 'author', (p_theirs_meta ->> 'at')::timestamptz,
            (p_op ->> 'op_id')::uuid, p_rev)
    RETURNING id
$$;

-- One accepted operation in the server's log.
CREATE FUNCTION closeplan._log(p_op jsonb, p_deal uuid, p_entity text, p_item uuid, p_old jsonb, p_new jsonb,
                               p_position integer, p_rev bigint)
RETURNS void
LANGUAGE sql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
    INSERT INTO closeplan.change (op_id, rev, deal_id, action_id, seq, kind, entity, entity_id, field, old, new,
                                  position, at, label, source)
    VALUES ((p_op ->> 'op_id')::uuid, p_rev, p_deal, (p_op ->> 'action_id')::uuid, (p_op ->> 'seq')::integer,
            p_op ->> 'kind', p_entity, p_item, coalesce(p_op ->> 'field', ''), p_old, p_new, p_position,
            (p_op ->> 'at')::timestamptz, coalesce(p_op ->> 'label', ''), coalesce(p_op ->> 'source', ''))
$$;

-- Whether one of the ``set``s that ``p_op``'s action makes on ``p_op``'s item (in ``p_ops``, not
-- pushed before) would be a conflict: the item gone, or its field neither the value the laptop saw
-- nor the one it sets. Such sets are merged together (see closeplan.push).
CREATE FUNCTION closeplan._disputed(p_ops jsonb, p_op jsonb, p_deal closeplan.deal) RETURNS boolean
LANGUAGE sql STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT p_deal.removed_at IS NOT NULL OR EXISTS (
        SELECT 1
        FROM jsonb_array_elements(p_ops) AS e(o)
        LEFT JOIN closeplan.item i
          ON i.deal_id = p_deal.id AND i.entity = e.o ->> 'entity'
         AND i.entity_id = coalesce((e.o ->> 'entity_id')::uuid, p_deal.id)
        WHERE e.o ->> 'kind' = 'set' AND e.o ->> 'action_id' = p_op ->> 'action_id'
          AND e.o ->> 'entity' = p_op ->> 'entity' AND e.o ->> 'entity_id' IS NOT DISTINCT FROM p_op ->> 'entity_id'
          AND NOT EXISTS (SELECT 1 FROM closeplan.applied_op a WHERE a.op_id = (e.o ->> 'op_id')::uuid)
          AND (i.deal_id IS NULL OR i.removed_at IS NOT NULL
               OR (coalesce(i.fields -> (e.o ->> 'field'), 'null') <> coalesce(e.o -> 'new', 'null')
                   AND coalesce(i.fields -> (e.o ->> 'field'), 'null') <> coalesce(e.o -> 'old', 'null')))
    )
$$;

-- One operation on a deal the caller may change (locked by the caller): set, add, remove, order
-- of an item, or resolve of a conflict. A ``set`` with ``"together": true`` (closeplan.push
-- marks it) is a conflict unless its value is there already.
CREATE FUNCTION closeplan._apply(p_op jsonb, p_deal closeplan.deal, OUT result text, OUT rev bigint,
                                 OUT conflict_id uuid)
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_kind text := p_op ->> 'kind';
    v_entity text := p_op ->> 'entity';
    v_item uuid := coalesce((p_op ->> 'entity_id')::uuid,
                            CASE WHEN (p_op ->> 'entity') IN ('deal', 'bant', 'approval_path', 'route') THEN p_deal.id END);
    v_field text := coalesce(p_op ->> 'field', '');
    v_old jsonb := coalesce(p_op -> 'old', 'null');
    v_new jsonb := coalesce(p_op -> 'new', 'null');
    v_stamp jsonb := jsonb_build_object('author', current_user, 'at', p_op -> 'at');
    v_row closeplan.item%ROWTYPE;
    v_current jsonb;
    v_position integer;
    v_ids uuid[];
    v_count integer;
    v_exists boolean;
BEGIN
    IF v_kind = 'resolve' THEN
        IF v_new NOT IN ('"mine"', '"theirs"') THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'closeplan.push: a resolve keeps "mine" or "theirs"';
        END IF;
        rev := nextval('closeplan.rev_seq');
        UPDATE closeplan.conflict c SET resolved_at = now(), resolution = v_new #>> '{}', resolved_by = current_user,
                                        rev = _apply.rev
        WHERE c.id = v_item AND c.deal_id = p_deal.id AND c.resolved_at IS NULL;
        IF FOUND THEN
            PERFORM closeplan._log(p_op, p_deal.id, v_entity, v_item, NULL, v_new, NULL, rev);
            result := 'applied';
        ELSIF EXISTS (SELECT 1 FROM closeplan.conflict c WHERE c.id = v_item AND c.deal_id = p_deal.id) THEN
            result := 'same';
            rev := NULL;
        ELSE
            result := 'refused';
            rev := NULL;
        END IF;
        RETURN;
    END IF;
    IF v_item IS NULL AND v_kind <> 'order' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('closeplan.push: a %s of a %s needs its entity_id', v_kind, v_entity);
    END IF;

    IF p_deal.removed_at IS NOT NULL THEN  -- an edit against the deletion of the whole deal
        rev := nextval('closeplan.rev_seq');
        conflict_id := closeplan._conflict(p_op, p_deal.id, v_entity, v_item, v_field, 'gone',
                                           CASE WHEN v_kind = 'add' THEN NULL ELSE v_old END,
                                           CASE WHEN v_kind = 'remove' THEN NULL ELSE v_new END, NULL,
                                           jsonb_build_object('author', p_deal.removed_by, 'at', p_deal.removed_at), rev);
        result := 'conflict';
        RETURN;
    END IF;

    IF v_kind = 'order' THEN
        SELECT array_agg(CASE jsonb_typeof(e.value) WHEN 'object' THEN e.value ->> 'uuid' ELSE e.value #>> '{}' END::uuid
                         ORDER BY e.ordinality)
        INTO v_ids FROM jsonb_array_elements(v_new) WITH ORDINALITY AS e(value, ordinality);
        rev := nextval('closeplan.rev_seq');
        -- the named items that are there take, in the new order, the places they hold now
        UPDATE closeplan.item t SET position = s.position, rev = _apply.rev
        FROM (
            SELECT w.entity_id, p.position
            FROM (SELECT x.entity_id, row_number() OVER (ORDER BY u.ord) AS k
                  FROM unnest(v_ids) WITH ORDINALITY AS u(id, ord)
                  JOIN closeplan.item x ON x.deal_id = p_deal.id AND x.entity = v_entity AND x.entity_id = u.id
                  WHERE x.removed_at IS NULL) w
            JOIN (SELECT x.position, row_number() OVER (ORDER BY x.position, x.entity_id) AS k
                  FROM closeplan.item x
                  WHERE x.deal_id = p_deal.id AND x.entity = v_entity AND x.entity_id = ANY (v_ids)
                    AND x.removed_at IS NULL) p ON p.k = w.k
        ) s
        WHERE t.deal_id = p_deal.id AND t.entity = v_entity AND t.entity_id = s.entity_id AND t.position <> s.position;
        GET DIAGNOSTICS v_count = ROW_COUNT;
        IF v_count > 0 THEN
            PERFORM closeplan._log(p_op, p_deal.id, v_entity, NULL, v_old, v_new, NULL, rev);
            result := 'applied';
        ELSE
            result := 'same';
            rev := NULL;
        END IF;
        RETURN;
    END IF;

    SELECT t.* INTO v_row FROM closeplan.item t
    WHERE t.deal_id = p_deal.id AND t.entity = v_entity AND t.entity_id = v_item;
    v_exists := FOUND;

    IF v_kind = 'set' THEN
        IF NOT v_exists OR v_row.removed_at IS NOT NULL THEN  -- an edit against a delete
            rev := nextval('closeplan.rev_seq');
            conflict_id := closeplan._conflict(p_op, p_deal.id, v_entity, v_item, v_field, 'gone', v_old, v_new, NULL,
                                               v_row.meta -> '', rev);
            result := 'conflict';
            RETURN;
        END IF;
        v_current := coalesce(v_row.fields -> v_field, 'null');
        IF v_current = v_new THEN
            result := 'same';
        ELSIF v_current = v_old AND NOT coalesce((p_op ->> 'together')::boolean, false) THEN
            rev := nextval('closeplan.rev_seq');
            UPDATE closeplan.item t
            SET fields = t.fields || jsonb_build_object(v_field, v_new),
                meta = t.meta || jsonb_build_object(v_field, v_stamp), rev = _apply.rev
            WHERE t.deal_id = p_deal.id AND t.entity = v_entity AND t.entity_id = v_item;
            PERFORM closeplan._log(p_op, p_deal.id, v_entity, v_item, v_old, v_new, NULL, rev);
            result := 'applied';
        ELSE
            rev := nextval('closeplan.rev_seq');
            -- (together: unchanged here, but another field this action changes on the item is a conflict)
            conflict_id := closeplan._conflict(p_op, p_deal.id, v_entity, v_item, v_field,
                                               CASE WHEN v_current = v_old THEN 'together' ELSE 'changed' END,
                                               v_old, v_new, v_current,
                                               coalesce(v_row.meta -> v_field, v_row.meta -> ''), rev);
            result := 'conflict';
        END IF;
        RETURN;
    END IF;

    IF v_kind = 'add' THEN
        IF jsonb_typeof(v_new) <> 'object' THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'closeplan.push: an add needs the item''s fields as "new"';
        END IF;
        IF v_exists AND v_row.removed_at IS NULL THEN
            IF v_row.fields = v_new THEN
                result := 'same';
            ELSE
                rev := nextval('closeplan.rev_seq');
                conflict_id := closeplan._conflict(p_op, p_deal.id, v_entity, v_item, '', 'exists', NULL, v_new,
                                                   v_row.fields, closeplan._last_change(v_row.meta), rev);
                result := 'conflict';
            END IF;
            RETURN;
        END IF;
        rev := nextval('closeplan.rev_seq');
        v_position := closeplan._place(p_deal.id, v_entity, v_item, (p_op ->> 'position')::integer, rev);
        IF v_exists THEN  -- a removed item brought back
            UPDATE closeplan.item t
            SET fields = v_new, meta = jsonb_build_object('', v_stamp), removed_at = NULL, position = v_position,
                rev = _apply.rev
            WHERE t.deal_id = p_deal.id AND t.entity = v_entity AND t.entity_id = v_item;
        ELSE
            INSERT INTO closeplan.item (deal_id, entity, entity_id, position, fields, meta, rev)
            VALUES (p_deal.id, v_entity, v_item, v_position, v_new, jsonb_build_object('', v_stamp), rev);
        END IF;
        PERFORM closeplan._log(p_op, p_deal.id, v_entity, v_item, NULL, v_new, v_position, rev);
        result := 'applied';
        RETURN;
    END IF;

    IF v_kind = 'remove' THEN
        IF NOT v_exists OR v_row.removed_at IS NOT NULL THEN
            result := 'same';
        ELSIF v_row.fields = v_old THEN
            rev := nextval('closeplan.rev_seq');
            UPDATE closeplan.item t
            SET removed_at = now(), meta = t.meta || jsonb_build_object('', v_stamp), rev = _apply.rev
            WHERE t.deal_id = p_deal.id AND t.entity = v_entity AND t.entity_id = v_item;
            PERFORM closeplan._log(p_op, p_deal.id, v_entity, v_item, v_old, NULL, v_row.position, rev);
            result := 'applied';
        ELSE  -- a delete against an edit: the item stays
            rev := nextval('closeplan.rev_seq');
            conflict_id := closeplan._conflict(p_op, p_deal.id, v_entity, v_item, '', 'edited', v_old, NULL,
                                               v_row.fields, closeplan._last_change(v_row.meta), rev);
            result := 'conflict';
        END IF;
        RETURN;
    END IF;

    RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('closeplan.push: unknown operation kind %L', v_kind);
END
$$;

CREATE FUNCTION closeplan.push(ops jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_team text;
    v_role text;
    v_out jsonb[] := '{}';
    v_op jsonb;
    v_bulk jsonb;
    v_op_id uuid;
    v_deal_id uuid;
    v_deal closeplan.deal%ROWTYPE;
    v_done closeplan.applied_op%ROWTYPE;
    v_result text;
    v_rev bigint;
    v_conflict uuid;
    v_touched uuid[] := '{}';
    v_revs bigint[] := '{}';
    v_new_ids uuid[];
    v_new_revs bigint[];
    v_new_ords bigint[];
    v_groups jsonb;
    v_group text;
BEGIN
    IF jsonb_typeof(ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'closeplan.push takes a JSON array of operations';
    END IF;
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        -- each statement must see what the pusher before it (waited for below) committed
        RAISE EXCEPTION USING ERRCODE = '25000', MESSAGE = 'closeplan.push runs in a READ COMMITTED transaction';
    END IF;
    SELECT m.team, m.role INTO v_team, v_role FROM closeplan.member m WHERE m.login = current_user;
    IF v_team IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s is not a member of a closeplan team', current_user);
    END IF;
    -- one pusher per team at a time: revisions of a team become visible in their order
    PERFORM pg_advisory_xact_lock(hashtextextended('closeplan team ' || v_team, 0));

    -- New deals, set-based (a laptop's first upload sends thousands): an add of a deal that is
    -- the first operation on that deal in this call, of an id no deal has. (One pushed before made
    -- its deal, so it is not new: the loop below finds it a duplicate.)
    IF v_role = 'ae' THEN
        WITH listed AS (
            SELECT e.value AS op, e.ordinality AS ord, (e.value ->> 'deal_id')::uuid AS deal_id
            FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, ordinality)
        ), firsts AS (
            SELECT l.deal_id, min(l.ord) AS ord FROM listed l GROUP BY l.deal_id
        ), wanted AS (
            SELECT l.deal_id, l.ord FROM listed l JOIN firsts f ON f.deal_id = l.deal_id AND f.ord = l.ord
            WHERE l.op ->> 'kind' = 'add' AND l.op ->> 'entity' = 'deal'
              AND jsonb_typeof(l.op -> 'new' -> 'items') = 'array'
        ), made AS (
            INSERT INTO closeplan.deal AS d (id, team, owner, rev)
            SELECT w.deal_id, v_team, current_user, nextval('closeplan.rev_seq') FROM wanted w ORDER BY w.ord
            ON CONFLICT (id) DO NOTHING
            RETURNING d.id, d.rev
        )
        SELECT array_agg(m.id ORDER BY w.ord), array_agg(m.rev ORDER BY w.ord), array_agg(w.ord ORDER BY w.ord)
        INTO v_new_ids, v_new_revs, v_new_ords
        FROM made m JOIN wanted w ON w.deal_id = m.id;
    END IF;
    IF v_new_ids IS NOT NULL THEN
        -- (the new deals' operations picked by their place: no join whose size the planner cannot know)
        INSERT INTO closeplan.item (deal_id, entity, entity_id, position, fields, meta, rev)
        SELECT n.id, i.entity, coalesce(i.entity_id, n.id), coalesce(i.position, 0), coalesce(i.fields, '{}'),
               jsonb_build_object('', jsonb_build_object('author', current_user, 'at', n.op -> 'at')), n.rev
        FROM (SELECT e.value AS op, v_new_ids[p.k] AS id, v_new_revs[p.k] AS rev
              FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, ordinality)
              CROSS JOIN LATERAL (SELECT array_position(v_new_ords, e.ordinality) AS k) p
              WHERE p.k IS NOT NULL) n
        CROSS JOIN LATERAL jsonb_to_recordset(n.op -> 'new' -> 'items')
            AS i(entity text, entity_id uuid, position integer, fields jsonb);
        INSERT INTO closeplan.change (op_id, rev, deal_id, action_id, seq, kind, entity, entity_id, field, new, at,
                                      label, source)
        SELECT (n.op ->> 'op_id')::uuid, n.rev, n.id, (n.op ->> 'action_id')::uuid, (n.op ->> 'seq')::integer,
               'add', 'deal', n.id, '',
               (SELECT x.value -> 'fields' -> 'name' FROM jsonb_array_elements(n.op -> 'new' -> 'items') AS x(value)
                WHERE x.value ->> 'entity' = 'deal' LIMIT 1),
               (n.op ->> 'at')::timestamptz, coalesce(n.op ->> 'label', ''), coalesce(n.op ->> 'source', '')
        FROM (SELECT e.value AS op, v_new_ids[p.k] AS id, v_new_revs[p.k] AS rev
              FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, ordinality)
              CROSS JOIN LATERAL (SELECT array_position(v_new_ords, e.ordinality) AS k) p
              WHERE p.k IS NOT NULL) n;
        INSERT INTO closeplan.applied_op (op_id, deal_id, result, rev)
        SELECT (e.value ->> 'op_id')::uuid, v_new_ids[p.k], 'applied', v_new_revs[p.k]
        FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, ordinality)
        CROSS JOIN LATERAL (SELECT array_position(v_new_ords, e.ordinality) AS k) p
        WHERE p.k IS NOT NULL;
    END IF;

    -- The sets one action makes on one item are merged together: if one of them is a conflict, so
    -- is each of the others that would change a value (an edit is never half applied to an item:
    -- marking a step done sets its status and its completed date, and the date alone on a step
    -- skipped meanwhile would be a plan no laptop takes). The items with more than one such set:
    SELECT coalesce(jsonb_object_agg(g.k, 'null'::jsonb), '{}') INTO v_groups
    FROM (SELECT concat_ws(' ', e.value ->> 'action_id', e.value ->> 'entity', e.value ->> 'entity_id') AS k
          FROM jsonb_array_elements(ops) AS e(value)
          WHERE e.value ->> 'kind' = 'set'
          GROUP BY 1 HAVING count(*) > 1) g;

    FOR v_op, v_bulk IN
        SELECT e.value - 'together', CASE WHEN p.k IS NOT NULL THEN jsonb_build_object(
                   'op_id', e.value ->> 'op_id', 'result', 'applied', 'rev', v_new_revs[p.k], 'conflict_id', NULL) END
        FROM jsonb_array_elements(ops) WITH ORDINALITY AS e(value, ordinality)
        CROSS JOIN LATERAL (SELECT array_position(v_new_ords, e.ordinality) AS k) p
        ORDER BY e.ordinality
    LOOP
        IF v_bulk IS NOT NULL THEN  -- a new deal, added above
            v_out := v_out || v_bulk;
            CONTINUE;
        END IF;
        v_op_id := (v_op ->> 'op_id')::uuid;
        v_deal_id := (v_op ->> 'deal_id')::uuid;
        IF v_op_id IS NULL OR v_deal_id IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'closeplan.push: every operation needs op_id and deal_id';
        END IF;
        SELECT a.* INTO v_done FROM closeplan.applied_op a WHERE a.op_id = v_op_id;
        IF FOUND THEN
            v_out := v_out || jsonb_build_object('op_id', v_op_id, 'result', 'duplicate', 'rev', v_done.rev,
                                                 'conflict_id', v_done.conflict_id);
            CONTINUE;
        END IF;
        v_result := NULL; v_rev := NULL; v_conflict := NULL;
        IF (v_op ->> 'entity') = 'deal' AND (v_op ->> 'kind') = 'add' THEN
            SELECT r.result, r.rev, r.conflict_id INTO v_result, v_rev, v_conflict
            FROM closeplan._add_deal(v_op, v_team, v_role, v_deal_id) r;
        ELSE
            -- FOR UPDATE: the deal's UPDATE policy applies, so a deal the caller may only read is not found
            SELECT d.* INTO v_deal FROM closeplan.deal d WHERE d.id = v_deal_id FOR UPDATE;
            IF NOT FOUND THEN
                v_result := 'refused';
            ELSIF (v_op ->> 'entity') = 'deal' AND (v_op ->> 'kind') = 'remove' THEN
                IF v_deal.owner <> current_user THEN
                    v_result := 'refused';  -- only its owner deletes a deal
                ELSIF v_deal.removed_at IS NOT NULL THEN
                    v_result := 'same';
                ELSE
                    v_rev := nextval('closeplan.rev_seq');
                    UPDATE closeplan.deal d SET removed_at = now(), removed_by = current_user WHERE d.id = v_deal_id;
                    PERFORM closeplan._log(v_op, v_deal_id, 'deal', v_deal_id, NULL, NULL, NULL, v_rev);
                    v_result := 'applied';
                END IF;
            ELSE
                v_group := concat_ws(' ', v_op ->> 'action_id', v_op ->> 'entity', v_op ->> 'entity_id');
                IF (v_op ->> 'kind') = 'set' AND v_groups ? v_group THEN
                    IF v_groups -> v_group = 'null' THEN  -- judged once, at the first of the sets
                        v_groups := jsonb_set(v_groups, ARRAY[v_group], to_jsonb(closeplan._disputed(ops, v_op, v_deal)));
                    END IF;
                    IF (v_groups ->> v_group)::boolean THEN
                        v_op := v_op || '{"together": true}';
                    END IF;
                END IF;
                SELECT r.result, r.rev, r.conflict_id INTO v_result, v_rev, v_conflict
                FROM closeplan._apply(v_op, v_deal) r;
            END IF;
        END IF;
        IF v_result <> 'refused' THEN  -- a refusal is not kept: it may be allowed later (shared for editing)
            INSERT INTO closeplan.applied_op (op_id, deal_id, result, rev, conflict_id)
            VALUES (v_op_id, v_deal_id, v_result, v_rev, v_conflict);
        END IF;
        IF v_rev IS NOT NULL THEN
            v_touched := v_touched || v_deal_id;
            v_revs := v_revs || v_rev;
        END IF;
        v_out := v_out || jsonb_build_object('op_id', v_op_id, 'result', v_result, 'rev', v_rev, 'conflict_id', v_conflict);
    END LOOP;

    -- each deal's rev: the newest revision of its items and conflicts
    UPDATE closeplan.deal d SET rev = t.rev
    FROM (SELECT u.id, max(u.rev) AS rev FROM unnest(v_touched, v_revs) AS u(id, rev) GROUP BY u.id) t
    WHERE d.id = t.id AND d.rev < t.rev;
    RETURN to_jsonb(v_out);
END
$$;

-- When the caller last synced (pushed and pulled): kept per login, read by every pull of the team.
CREATE FUNCTION closeplan.touch_sync() RETURNS timestamptz
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_team text := closeplan.my_team();
BEGIN
    IF v_team IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s is not a member of a closeplan team', current_user);
    END IF;
    INSERT INTO closeplan.owner_sync AS s (login, team, synced_at) VALUES (current_user, v_team, now())
    ON CONFLICT (login) DO UPDATE SET team = excluded.team, synced_at = excluded.synced_at;
    RETURN now();
END
$$;

-- Share a deal the caller owns with someone of their team (for reading, or also for editing).
-- Row-level security decides: only the owner's row passes deal_share's policy. The deal's rev
-- moves on, so the grantee's next pull brings it.
CREATE FUNCTION closeplan.share(p_deal uuid, p_grantee text, p_can_edit boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_team text := closeplan.my_team();
    v_rev bigint;
BEGIN
    IF v_team IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = format('%s is not a member of a closeplan team', current_user);
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('closeplan team ' || v_team, 0));
    INSERT INTO closeplan.deal_share AS s (deal_id, grantee, can_edit) VALUES (p_deal, p_grantee, p_can_edit)
    ON CONFLICT (deal_id, grantee) DO UPDATE SET can_edit = excluded.can_edit;
    v_rev := nextval('closeplan.rev_seq');
    UPDATE closeplan.deal d SET rev = v_rev WHERE d.id = p_deal;
    RETURN v_rev;
END
$$;

REVOKE ALL ON FUNCTION closeplan.my_team(), closeplan.my_role(), closeplan.team_of(text), closeplan.owns(uuid),
    closeplan.can_edit(uuid), closeplan._place(uuid, text, uuid, integer, bigint), closeplan._last_change(jsonb),
    closeplan._add_deal(jsonb, text, text, uuid), closeplan._conflict(jsonb, uuid, text, uuid, text, text, jsonb, jsonb,
    jsonb, jsonb, bigint), closeplan._log(jsonb, uuid, text, uuid, jsonb, jsonb, integer, bigint),
    closeplan._disputed(jsonb, jsonb, closeplan.deal), closeplan._apply(jsonb, closeplan.deal), closeplan.push(jsonb),
    closeplan.touch_sync(), closeplan.share(uuid, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION closeplan.my_team(), closeplan.my_role(), closeplan.team_of(text), closeplan.owns(uuid),
    closeplan.can_edit(uuid), closeplan._place(uuid, text, uuid, integer, bigint), closeplan._last_change(jsonb),
    closeplan._add_deal(jsonb, text, text, uuid), closeplan._conflict(jsonb, uuid, text, uuid, text, text, jsonb, jsonb,
    jsonb, jsonb, bigint), closeplan._log(jsonb, uuid, text, uuid, jsonb, jsonb, integer, bigint),
    closeplan._disputed(jsonb, jsonb, closeplan.deal), closeplan._apply(jsonb, closeplan.deal), closeplan.push(jsonb),
    closeplan.touch_sync(), closeplan.share(uuid, text, boolean) TO closeplan_ae, closeplan_manager;
