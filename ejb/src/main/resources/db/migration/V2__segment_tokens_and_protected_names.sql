-- Version 2: what each placeholder of a segment stands for (JSON: [{"p":"{1}","k":"MARKUP","d":"<b>"}]),
-- and per appeal the names that are never translated (one per line).
alter table segment add column tokens varchar;
alter table appeal add column do_not_translate varchar;
