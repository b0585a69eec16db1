-- Authors are recorded by their token's subject, which OpenID Connect allows up to 255 characters
-- (CurrentCaller refuses longer ones).
ALTER TABLE module ALTER COLUMN created_by TYPE varchar(255);
ALTER TABLE module_version ALTER COLUMN created_by TYPE varchar(255);
ALTER TABLE programme ALTER COLUMN created_by TYPE varchar(255);
ALTER TABLE programme_version ALTER COLUMN created_by TYPE varchar(255);
