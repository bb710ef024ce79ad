-- A large write to an embedded H2 database leaves a row here while it runs (internal.Writes), and
-- a store opened after a crash removes what the write left: H2 2.5.252, killed at the commit of a
-- large transaction, did not always undo all of it. Imported activities carry their write's id so
-- that exactly they can be removed.
create table cetrack_write (
    id varchar(36) not null,
    tenant_id varchar(64) not null,
    kind varchar(16) not null,
    primary key (id)
)${table_options};

alter table cetrack_activity add column write_id varchar(36);
