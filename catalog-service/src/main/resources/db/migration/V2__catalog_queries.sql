-- What the catalog's queries need: /api/documents filters and sorts, /api/bulletins, /api/stats and the
-- whereabouts of a failed bulletin's raw bytes. V1 is already applied to running catalogs, hence a V2.

-- PostgreSQL sorts NULLs first in descending order and micronaut-data's Sort cannot say NULLS LAST:
-- sorting on `dated` first keeps undated documents (e.g. newspaper articles) at the end of every date order.
alter table document add column dated boolean;
update document set dated = issued_date is not null;
alter table document alter column dated set not null;

drop index document_issued;
create index document_newest on document (dated desc, issued_date desc, id);
drop index document_type;
create index document_type on document (doc_type, dated desc, issued_date desc);
drop index document_issuer;
create index document_issuer on document (issuer, dated desc, issued_date desc);

-- The Kafka record (topic-partition@offset) of bulletins.dlq that holds the raw bytes of a failed bulletin.
alter table bulletin add column dead_letter text;

drop index bulletin_status_kind;
create index bulletin_status_received on bulletin (status, received_at desc);
create index bulletin_kind_received on bulletin (kind, received_at desc);
create index bulletin_content_hash on bulletin (content_hash);
create index bulletin_gazette_issue on bulletin (gazette_year, gazette_issue);
create index bulletin_publication on bulletin (publisher, publication_date desc);
