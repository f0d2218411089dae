-- The n-th repeat of a sentence now ends its key in "-n" instead of "~n", so that a key is a valid
-- XLIFF 2 unit id (an NMTOKEN) wherever it is written (SegmentKeys in translations).
update segment set segment_key = replace(segment_key, '~', '-') where segment_key like '%~%';
update segment set previous_key = replace(previous_key, '~', '-') where previous_key like '%~%';
update translation set segment_key = replace(segment_key, '~', '-') where segment_key like '%~%';
update segment_comment set segment_key = replace(segment_key, '~', '-') where segment_key like '%~%';
