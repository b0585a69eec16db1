-- Every instance keeps the public answers it served in memory; whatever changes a certificate (a status
-- change, a renewal's superseded_by, an operator's fix) tells every instance at commit which one, by its
-- verification code (VerificationCache).
CREATE FUNCTION notify_certificate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('certificate_changed', OLD.verification_code);
    IF TG_OP = 'UPDATE' AND NEW.verification_code IS DISTINCT FROM OLD.verification_code THEN
        PERFORM pg_notify('certificate_changed', NEW.verification_code);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER certificate_changed AFTER UPDATE OR DELETE ON certificate
    FOR EACH ROW EXECUTE FUNCTION notify_certificate_changed();
