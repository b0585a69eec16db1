package org.sanad.curriculum.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.sanad.common.persistence.Identified;

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
}
