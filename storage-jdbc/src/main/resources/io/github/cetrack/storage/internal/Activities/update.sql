update cetrack_activity set holder_id = :holder_id, title = :title, provider = :provider, approvals = :approvals,
started_on = :started_on, completed_on = :completed_on, hours = :hours, hour_unit = :hour_unit,
delivery_format = :delivery_format, activity_kind = :activity_kind, topics = :topics,
unmapped_topics = :unmapped_topics, certificate_sha256 = :certificate_sha256,
certificate_file_name = :certificate_file_name, row_version = row_version + 1
where tenant_id = :t and id = :id and row_version = :version
