insert into cetrack_activity (tenant_id, id, holder_id, title, provider, approvals, started_on, completed_on, hours,
hour_unit, delivery_format, activity_kind, topics, unmapped_topics, certificate_sha256, certificate_file_name,
row_version, write_id) values (:t, :id, :holder_id, :title, :provider, :approvals, :started_on, :completed_on, :hours,
:hour_unit, :delivery_format, :activity_kind, :topics, :unmapped_topics, :certificate_sha256,
:certificate_file_name, :v, :w)
