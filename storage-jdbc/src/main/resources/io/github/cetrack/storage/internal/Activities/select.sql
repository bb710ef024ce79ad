select a.id, a.holder_id, a.title, a.provider, a.approvals, a.started_on, a.completed_on, a.hours, a.hour_unit,
a.delivery_format, a.activity_kind, a.topics, a.unmapped_topics, a.certificate_sha256, a.certificate_file_name,
a.row_version, c.media_type, c.byte_size
from cetrack_activity a
left join cetrack_certificate c on c.tenant_id = a.tenant_id and c.sha256 = a.certificate_sha256
where a.tenant_id = :t
