insert into cetrack_evaluation (tenant_id, id, license_id, cycle_start, cycle_end, evaluated_at, catalog_version, body)
values (:t, :id, :license, :start, :end, :at, :catalog, :body)
