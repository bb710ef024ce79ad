insert into cetrack_license (tenant_id, id, holder_id, jurisdiction, license_type, holder_name, license_number,
first_issued_on, expires_on, birth_date, roles, row_version) values (:t, :id, :holder_id, :jurisdiction,
:license_type, :holder_name, :license_number, :first_issued_on, :expires_on, :birth_date, :roles, 1)
