insert into cetrack_certificate (tenant_id, sha256, media_type, byte_size, content)
values (:t, :sha, :type, :size, :content)
