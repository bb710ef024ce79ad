-- A holder's licences, and a page of holders' licences (Records.holderRecords), by index: PostgreSQL
-- does not index a foreign key by itself.
create index cetrack_license_holder on cetrack_license (tenant_id, holder_id);
