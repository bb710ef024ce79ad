select l.id, l.holder_id, l.jurisdiction, l.license_type, l.holder_name, l.license_number, l.first_issued_on,
l.expires_on, l.birth_date, l.roles, l.row_version, c.start_on, c.end_on,
a.id as activity_id, a.title, a.provider, a.approvals, a.started_on, a.completed_on, a.hours, a.hour_unit,
a.delivery_format, a.activity_kind, a.topics, a.unmapped_topics, a.certificate_sha256, a.certificate_file_name,
a.row_version as activity_version, cert.media_type, cert.byte_size
from cetrack_license l
left join cetrack_cycle c on c.tenant_id = l.tenant_id and c.license_id = l.id
left join cetrack_activity a on a.tenant_id = l.tenant_id and a.holder_id = l.holder_id
left join cetrack_certificate cert on cert.tenant_id = a.tenant_id and cert.sha256 = a.certificate_sha256
where l.tenant_id = :t and l.id = :id
