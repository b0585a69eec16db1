package org.sanad.curriculum.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sanad.curriculum.Identified;

/** One article, rule or principle of an instrument, e.g. UNCAT article 10 on training. */
@Entity
public class Provision extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id")
    public Instrument instrument;
    public String code;
    public String number;
    @Column(name = "short_title")
    public String shortTitle;
    public String summary;
    public String url;
    public int position;

    public static Optional<Provision> findByCode(String code) {
        return find("from Provision p join fetch p.instrument where p.code = ?1", code).firstResultOptional();
    }

    public static List<Provision> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("from Provision p join fetch p.instrument where p.code in ?1", codes);
    }

    public static List<Provision> ofInstrument(Instrument instrument) {
        return list("instrument = ?1 order by position", instrument);
    }
}
