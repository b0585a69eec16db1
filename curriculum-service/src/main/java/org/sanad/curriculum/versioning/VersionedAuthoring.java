package org.sanad.curriculum.versioning;

import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.web.ETags;
import org.sanad.common.web.Revisioned;

/**
 * Writes and reads the versions of a series, the same way for modules and programmes. A draft is
 * edited in place; a published version is never changed: editing it starts the next draft. Every
 * write names the revision it was based on. A subclass says what its series is made of; its hooks run
 * inside the transaction of the public method that calls them (they carry no transaction of their own).
 *
 * @param <S> the series entity
 * @param <V> its version entity
 * @param <D> the draft an author sends
 * @param <W> the view of a version the API answers with
 * @param <O> the overview of a series and its versions
 */
public abstract class VersionedAuthoring<S extends SeriesRecord, V extends VersionRecord, D,
        W extends VersionResponses.Identified, O> {

    private final String kind;
    private final VersionQueries<S, V> queries;
    protected final Visibility visibility;

    /** @param kind names the series in answers, e.g. "Module" */
    protected VersionedAuthoring(String kind, VersionQueries<S, V> queries, Visibility visibility) {
        this.kind = kind;
        this.queries = queries;
        this.visibility = visibility;
    }

    /** A new, empty series entity. */
    protected abstract S newSeries();

    /** A new draft of the series, numbered, not yet filled in. */
    protected abstract V newDraft(S series, int number, String actor);

    protected abstract S seriesOf(V version);

    /** The code the draft names, or null when it names none. */
    protected abstract String codeOf(D draft);

    /** Checks the draft (refusing it with every problem listed) and writes it into the version. */
    protected abstract void apply(V version, D draft);

    /** The draft that would write the version as it is. */
    protected abstract D draftOf(V version);

    protected abstract W view(V version);

    protected abstract O overview(String code, Integer latestPublished, List<V> visible);

    /** Refuses a move the series forbids beyond the lifecycle's own rules; nothing by default. */
    protected void checkMove(V version, VersionStatus target) {
    }

    /** Creates the series and its first draft. */
    @Transactional
    public Revisioned<W> create(D draft) {
        String code = codeOf(draft);
        Versions.requireNewCode(code, code != null && queries.series(code).isPresent(), kind);
        S series = newSeries();
        series.code = code;
        series.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        series.createdBy = visibility.actor();
        series.persist();
        return revisioned(newVersion(series, 1, draft));
    }

    /**
     * Applies an author's edit to a version. A draft changes in place; a published or retired version
     * stays as it was and the edit becomes the series' next draft.
     *
     * @return the version that now holds the edit, and whether it was created
     */
    @Transactional
    public Edit<W> edit(String code, int number, D draft, String ifMatch) {
        Versions.requireSameCode(codeOf(draft), code, kind);
        V version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        return version.edit(kind + " " + code,
                () -> {
                    apply(version, draft);
                    return revisioned(version);
                },
                () -> revisioned(startNextVersion(seriesOf(version), draft)));
    }

    /** Starts the next draft as a copy of the newest version. */
    @Transactional
    public Revisioned<W> copyLatest(String code) {
        S series = series(code);
        List<V> versions = queries.versions(series);
        return revisioned(startNextVersion(series, draftOf(versions.get(versions.size() - 1))));
    }

    @Transactional
    public Revisioned<W> changeStatus(String code, int number, VersionStatus target, String ifMatch) {
        V version = lockedVersion(code, number);
        ETags.requireMatch(ifMatch, version.revision);
        checkMove(version, target);
        version.moveTo(target, kind + " " + code);
        return revisioned(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revisioned<W> read(String code, int number) {
        return revisioned(visibleVersion(code, number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public O overview(String code) {
        List<V> visible = queries.versions(series(code)).stream().filter(version -> visibility.canSee(version.status))
                .toList();
        if (visible.isEmpty()) {
            throw ProblemException.notFound(kind, code);
        }
        return overview(code, Versions.latestPublished(visible), visible);
    }

    /** The version, if the caller may see it; 404 otherwise, as if it did not exist. */
    protected V visibleVersion(String code, int number) {
        return queries.version(code, number).filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound(kind + " version", code + " v" + number));
    }

    private V lockedVersion(String code, int number) {
        return queries.versionForUpdate(code, number).filter(version -> visibility.canSee(version.status))
                .orElseThrow(() -> ProblemException.notFound(kind + " version", code + " v" + number));
    }

    private S series(String code) {
        return queries.series(code).orElseThrow(() -> ProblemException.notFound(kind, code));
    }

    private V startNextVersion(S series, D draft) {
        return newVersion(series, Versions.nextNumber(queries.versions(series), kind + " " + series.code), draft);
    }

    private V newVersion(S series, int number, D draft) {
        V version = newDraft(series, number, visibility.actor());
        apply(version, draft);
        version.persist();
        return version;
    }

    private Revisioned<W> revisioned(V version) {
        return new Revisioned<>(view(version), version.revision);
    }
}
