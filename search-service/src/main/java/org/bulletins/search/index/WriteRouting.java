package org.bulletins.search.index;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.bulletins.events.BulletinInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Where the indexer writes. Normally the alias; while a reindex copies into a new version, also that new
 * index, so writes arriving during the copy are not lost. Writers hold a read lease for a whole batch, and
 * the reindex takes the write side to start and to end dual writing: no batch straddles either moment.
 */
@Singleton
public class WriteRouting {

    private final IndexManager indexes;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BulletinInfo> bulletinsDuringCopy = new ConcurrentHashMap<>();
    private volatile String copyTarget;

    public WriteRouting(IndexManager indexes) {
        this.indexes = indexes;
    }

    /** Holds off the start and end of a copy until {@link Lease#close()}. */
    public Lease lease() {
        lock.readLock().lock();
        return new Lease();
    }

    /** From now on, writes also go to {@code target}. */
    public void startCopyInto(String target) {
        lock.writeLock().lock();
        try {
            bulletinsDuringCopy.clear();
            copyTarget = target;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Runs {@code switchOver} (e.g. the alias swap) with no batch in flight, then writes go to the alias only. */
    public <E extends Exception> void endCopy(Action<E> switchOver) throws E {
        lock.writeLock().lock();
        try {
            switchOver.run();
        } finally {
            copyTarget = null;
            lock.writeLock().unlock();
        }
    }

    /** Bulletins written during the copy: their removals are replayed on the new index once the copy is done. */
    public Collection<BulletinInfo> bulletinsWrittenDuringCopy() {
        return List.copyOf(bulletinsDuringCopy.values());
    }

    @FunctionalInterface
    public interface Action<E extends Exception> {
        void run() throws E;
    }

    /** The targets of one batch. */
    public final class Lease implements AutoCloseable {

        private final @Nullable String target = copyTarget;

        private Lease() {
        }

        /** The alias first, then the index being filled by a reindex, if one runs. */
        public List<String> indexes() {
            List<String> all = new ArrayList<>(2);
            all.add(indexes.alias());
            if (target != null) {
                all.add(target);
            }
            return all;
        }

        public void written(Collection<BulletinInfo> bulletins) {
            if (target != null) {
                bulletins.forEach(b -> bulletinsDuringCopy.put(b.id(), b));
            }
        }

        @Override
        public void close() {
            lock.readLock().unlock();
        }
    }
}
