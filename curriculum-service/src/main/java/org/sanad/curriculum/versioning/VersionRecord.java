package org.sanad.curriculum.versioning;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.sanad.common.persistence.Identified;
import org.sanad.common.problem.ProblemException;
import org.sanad.common.web.Revisioned;

/** The lifecycle state every numbered version carries, whatever it is a version of. */
@MappedSuperclass
public abstract class VersionRecord extends Identified {

    public int number;
    @Enumerated(EnumType.STRING)
    public VersionStatus status;
    /** Bumped by every write; clients send it back in If-Match. Writers hold a row lock, so no @Version. */
    @Column(name = "row_version")
    public int revision;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    /** Starts a fresh draft numbered {@code number}, written by {@code actor}. */
    protected void startDraft(int number, String actor) {
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.createdBy = actor;
        this.updatedAt = createdAt;
    }

    /** Moves along the lifecycle, refusing moves it does not allow. */
    public void moveTo(VersionStatus target, String what) {
        if (!status.canMoveTo(target)) {
            throw ProblemException.conflict(what + " v" + number + " is " + status + " and cannot become " + target);
        }
        status = target;
        touch();
        if (target == VersionStatus.PUBLISHED) {
            publishedAt = updatedAt;
        } else if (target == VersionStatus.RETIRED) {
            retiredAt = updatedAt;
        }
    }

    /**
     * Routes an author's edit by status: a draft changes in place; a version in review must go back to
     * draft first; a published or retired version stays as it is and the edit becomes the next draft.
     */
    public <T> Edit<T> edit(String what, Supplier<Revisioned<T>> inPlace, Supplier<Revisioned<T>> asNextDraft) {
        return switch (status) {
            case DRAFT -> {
                touch();
                yield new Edit<>(inPlace.get(), false);
            }
            case IN_REVIEW -> throw ProblemException.conflict(what + " v" + number + " is in review; return it to DRAFT to edit it");
            case PUBLISHED, RETIRED -> new Edit<>(asNextDraft.get(), true);
        };
    }

    /** Records that the version was written: a new revision, and when. */
    public void touch() {
        revision++;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
