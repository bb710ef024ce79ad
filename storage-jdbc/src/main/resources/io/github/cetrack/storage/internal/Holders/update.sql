update cetrack_holder set name = :name, row_version = row_version + 1
where tenant_id = :t and id = :id and row_version = :v
