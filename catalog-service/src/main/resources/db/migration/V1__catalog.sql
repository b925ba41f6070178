-- The catalog: bulletins as received and parsed (or failed), and their documents.

create table bulletin (
    id                text primary key,
    source_key        text        not null,
    source            text,
    content_hash      text,
    kind              text,
    title             text,
    publisher         text,
    publication_date  date,
    gazette_year      integer,
    gazette_issue     integer,
    cumulative_issue  integer,
    table_of_contents jsonb       not null default '[]',
    warnings          jsonb       not null default '[]',
    status            text        not null check (status in ('parsed', 'failed')),
    failure_code      text,
    failure_reason    text,
    failure_origin    text,
    received_at       timestamptz not null,
    parsed_at         timestamptz,
    updated_at        timestamptz not null
);
create unique index bulletin_source_key on bulletin (source_key);
create index bulletin_status_kind on bulletin (status, kind);
create index bulletin_received on bulletin (received_at desc);

create table document (
    id                text primary key,
    bulletin_id       text        not null references bulletin (id) on delete cascade,
    ordinal           integer     not null,
    title             text        not null,
    subtitle          text,
    doc_type          text        not null,
    doc_number        text,
    doc_number_raw    text,
    issuer            text,
    issued_date       date,
    addressees        jsonb       not null default '[]',
    authors           jsonb       not null default '[]',
    attachments       jsonb       not null default '[]',
    sections          jsonb       not null default '[]',
    public_release    boolean     not null,
    body              text        not null,
    content_hash      text        not null,
    version           integer     not null default 1,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index document_bulletin on document (bulletin_id, ordinal);
create index document_issued on document (issued_date desc nulls last, id);
create index document_type on document (doc_type);
create index document_issuer on document (issuer);
create index document_number on document (doc_number);
create index document_title on document (title);

create table chronicle_entry (
    document_id text    not null references document (id) on delete cascade,
    ordinal     integer not null,
    entry_date  date,
    text        text    not null,
    primary key (document_id, ordinal)
);
create index chronicle_entry_date on chronicle_entry (entry_date);
