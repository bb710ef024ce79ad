insert into cetrack_cycle (tenant_id, license_id, start_on, end_on) values (:t, :id, :start_on, :end_on)
