update cetrack_license set holder_id = :holder_id, jurisdiction = :jurisdiction, license_type = :license_type,
holder_name = :holder_name, license_number = :license_number, first_issued_on = :first_issued_on,
expires_on = :expires_on, birth_date = :birth_date, roles = :roles, row_version = row_version + 1
where tenant_id = :t and id = :id and row_version = :v
