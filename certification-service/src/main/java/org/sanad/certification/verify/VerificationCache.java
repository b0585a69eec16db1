package org.sanad.certification.verify;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.certification.certificate.CertificateChanging;
import org.sanad.certification.verify.VerificationQueries.PublicRecord;

/**
 * The public records verification by code served lately, kept in memory so a popular code costs no query.
 * A record changes only when its certificate does (its status, the certificate superseding it); the answer's
 * time-dependent part (expired, not yet valid) is computed from the record at each request.
 * <ul>
 * <li>Every change reaches every instance at commit: the database notifies {@code certificate_changed} with
 * the code (trigger of V5), and {@link CertificateChangeListener} evicts it here.</li>
 * <li>The instance that makes a change evicts the code itself once it commits, without waiting for the
 * notification, so it never answers from before its own change.</li>
 * <li>While the listener is not connected, notifications could be missed: the cache is emptied and not used
 * until it listens again.</li>
 * <li>A record read before a change but stored after its eviction would be stale: every eviction moves a
 * generation, and a record is kept only if no eviction happened while it was read.</li>
 * </ul>
 * Unknown codes are never kept, so a new certificate verifies at once.
 */
@ApplicationScoped
public class VerificationCache {

    private final Cache<String, PublicRecord> records;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;
    private volatile boolean listening;

    public VerificationCache(@ConfigProperty(name = "sanad.certification.verification-cache.max-entries",
            defaultValue = "100000") long maxEntries, TransactionSynchronizationRegistry transactions, MeterRegistry meters) {
        this.records = Caffeine.newBuilder().maximumSize(maxEntries).build();
        this.transactions = transactions;
        this.hits = meters.counter("sanad.verification.cache", "result", "hit");
        this.misses = meters.counter("sanad.verification.cache", "result", "miss");
    }

    /** The record of a code, from memory when it is there and can be trusted, else loaded (and kept). */
    public Optional<PublicRecord> record(String code, Function<String, Optional<PublicRecord>> load) {
        if (listening) {
            PublicRecord kept = records.getIfPresent(code);
            if (kept != null) {
                hits.increment();
                return Optional.of(kept);
            }
        }
        misses.increment();
        long before = generation.get();
        Optional<PublicRecord> loaded = load.apply(code);
        if (listening && loaded.isPresent()) {
            records.put(code, loaded.get());
            if (generation.get() != before) {
                // A change committed while this was read: what was read may predate it.
                records.asMap().remove(code, loaded.get());
            }
        }
        return loaded;
    }

    /** The certificate with this code changed, here or on another instance. */
    public void evict(String code) {
        generation.incrementAndGet();
        records.invalidate(code);
    }

    /** The current transaction changes this certificate: forget it now and once the transaction ends, committed or not. */
    void changing(@Observes CertificateChanging change) {
        String code = change.verificationCode();
        evict(code);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                evict(code);
            }
        });
    }

    /** Whether changes reach this instance; when that starts or stops, nothing kept before is trusted. */
    void listening(boolean now) {
        listening = false;
        generation.incrementAndGet();
        records.invalidateAll();
        listening = now;
    }
}
