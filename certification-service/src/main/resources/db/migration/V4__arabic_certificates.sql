-- Certificates print in Arabic too (right to left), as the cohorts of Morocco's academy are taught.
ALTER TABLE certificate DROP CONSTRAINT certificate_holder_language_check;
ALTER TABLE certificate ADD CONSTRAINT certificate_holder_language_check CHECK (holder_language IN ('en', 'fr', 'ar'));
