(l.expires_on between :from and :to or l.id in (select license_id from cetrack_cycle
where tenant_id = :t and end_on between :from and :to))
