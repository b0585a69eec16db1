-- Each issuer publishes its own status lists (a list's issuer is the issuer of every credential it
-- covers): a list is the revoked or suspended certificates of one issuer in one range of numbers.
CREATE INDEX certificate_status_by_issuer ON certificate ((issuing_institutions[1]), status, number)
    WHERE status <> 'ACTIVE';

-- Ed25519 keys sign Data Integrity proofs (eddsa-rdfc-2022) and are published beside the ES256 keys.
ALTER TABLE signing_key DROP CONSTRAINT signing_key_algorithm_check;
ALTER TABLE signing_key ADD CONSTRAINT signing_key_algorithm_check CHECK (algorithm IN ('ES256', 'EdDSA'));

-- Whether an issuer has issued at all, and up to which number (how many lists it has).
CREATE INDEX certificate_number_by_issuer ON certificate ((issuing_institutions[1]), number);

-- Whether an institution ever issued or endorsed a certificate (it then has an issuer profile).
CREATE INDEX certificate_issuing_institutions ON certificate USING gin (issuing_institutions);
-- The achievement of a programme version, as its latest certificate describes it.
CREATE INDEX certificate_programme_version ON certificate (programme_code, programme_version, number);
