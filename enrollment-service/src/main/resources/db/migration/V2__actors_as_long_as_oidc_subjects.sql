-- Actors and accounts are token subjects, which OpenID Connect allows up to 255 characters
-- (CurrentCaller refuses longer ones).
ALTER TABLE participant ALTER COLUMN account TYPE varchar(255);
ALTER TABLE enrollment_transition ALTER COLUMN actor TYPE varchar(255);
ALTER TABLE attendance ALTER COLUMN recorded_by TYPE varchar(255);
ALTER TABLE assessment ALTER COLUMN recorded_by TYPE varchar(255);
