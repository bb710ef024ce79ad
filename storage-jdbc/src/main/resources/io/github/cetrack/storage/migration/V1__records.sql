-- cetrack schema, version 1. One script for H2, PostgreSQL and MariaDB: the only differences,
-- the large-object types and MariaDB's table options, are Flyway placeholders set per database
-- by JdbcStore. Every table is prefixed so the schema can share a database with an application.

create table cetrack_tenant (
    id varchar(64) not null,
    name varchar(200) not null,
    primary key (id)
)${table_options};

create table cetrack_holder (
    tenant_id varchar(64) not null,
    id varchar(64) not null,
    name varchar(200) not null,
    row_version bigint not null,
    primary key (tenant_id, id),
    foreign key (tenant_id) references cetrack_tenant (id)
)${table_options};

create table cetrack_license (
    tenant_id varchar(64) not null,
    id varchar(64) not null,
    holder_id varchar(64) not null,
    jurisdiction varchar(8) not null,
    license_type varchar(20) not null,
    holder_name varchar(200),
    license_number varchar(40),
    first_issued_on date not null,
    expires_on date,
    birth_date date,
    roles varchar(1000) not null,
    row_version bigint not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, holder_id) references cetrack_holder (tenant_id, id)
)${table_options};

create index cetrack_license_expiry on cetrack_license (tenant_id, expires_on);

create table cetrack_cycle (
    tenant_id varchar(64) not null,
    license_id varchar(64) not null,
    start_on date not null,
    end_on date not null,
    primary key (tenant_id, license_id, start_on),
    foreign key (tenant_id, license_id) references cetrack_license (tenant_id, id)
)${table_options};

create index cetrack_cycle_end on cetrack_cycle (tenant_id, end_on);

create table cetrack_certificate (
    tenant_id varchar(64) not null,
    sha256 char(64) not null,
    media_type varchar(100) not null,
    byte_size bigint not null,
    content ${bytes} not null,
    primary key (tenant_id, sha256),
    foreign key (tenant_id) references cetrack_tenant (id)
)${table_options};

create table cetrack_activity (
    tenant_id varchar(64) not null,
    id varchar(64) not null,
    holder_id varchar(64) not null,
    title varchar(300) not null,
    provider varchar(200) not null,
    approvals varchar(1000) not null,
    started_on date,
    completed_on date not null,
    hours decimal(6, 2) not null,
    hour_unit varchar(20) not null,
    delivery_format varchar(20) not null,
    activity_kind varchar(20) not null,
    categories varchar(1000) not null,
    certificate_sha256 char(64),
    certificate_file_name varchar(255),
    row_version bigint not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, holder_id) references cetrack_holder (tenant_id, id),
    foreign key (tenant_id, certificate_sha256) references cetrack_certificate (tenant_id, sha256)
)${table_options};

create index cetrack_activity_holder on cetrack_activity (tenant_id, holder_id, completed_on);

create table cetrack_evaluation (
    tenant_id varchar(64) not null,
    id varchar(64) not null,
    license_id varchar(64) not null,
    cycle_start date not null,
    cycle_end date not null,
    evaluated_at bigint not null,
    catalog_version varchar(64) not null,
    body ${text} not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, license_id) references cetrack_license (tenant_id, id)
)${table_options};

create index cetrack_evaluation_license on cetrack_evaluation (tenant_id, license_id, evaluated_at);
