select l.id, l.holder_id, l.jurisdiction, l.license_type, l.holder_name, l.license_number, l.first_issued_on,
l.expires_on, l.birth_date, l.roles, l.row_version, c.start_on, c.end_on
from cetrack_license l
left join cetrack_cycle c on c.tenant_id = l.tenant_id and c.license_id = l.id
where l.tenant_id = :t
