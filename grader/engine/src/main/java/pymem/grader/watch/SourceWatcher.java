package pymem.grader.watch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when a source file under some folders changed. java.nio's WatchService watches one folder, not a
 * tree, so every folder under the roots is registered, and each folder created later as soon as it is seen.
 * An editor's save is a burst of events (a temporary file written, renamed, the original touched): a change is
 * reported once the burst has been quiet for a moment, with every path it touched.
 */
public final class SourceWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /** Watches every folder under each of {@code roots} (a root that does not exist is not watched). */
    public SourceWatcher(List<Path> roots) throws IOException {
        this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(root);
            }
        }
    }

    /** How many folders are watched (for the watch's first line, and its tests). */
    public synchronized int folders() {
        return folders.size();
    }

    /**
     * Waits for a change to a source file, then for {@code quiet} without any further event, and returns the
     * paths the events named; empty when the watcher was closed while waiting.
     */
    public Optional<TreeSet<Path>> awaitChange(Duration quiet) throws InterruptedException {
        if (service == null) {
            return Optional.empty();
        }
        TreeSet<Path> changed = new TreeSet<>();
        try {
            WatchKey key = service.take();
            boolean relevant = drain(key, changed);
            while (true) {
                WatchKey next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    if (relevant) {
                        return Optional.of(changed);
                    }
                    key = service.take(); // only an editor's own files changed: wait for the next burst
                    relevant = drain(key, changed);
                    continue;
                }
                relevant |= drain(next, changed);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
    }

    /**
     * Takes the events of one folder's key, registers the folders created in it, and tells whether any was
     * about a source: a .java file, a folder (which may bring or take sources), or events lost to an overflow.
     */
    private boolean drain(WatchKey key, TreeSet<Path> changed) {
        Path folder;
        synchronized (this) {
            folder = folders.get(key);
        }
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            boolean isFolder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
            if (event.kind() == ENTRY_CREATE && isFolder) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // gone again already, or unreadable: the grade that follows reports what the snapshot sees
                }
            }
            boolean source = path.getFileName().toString().endsWith(".java");
            // a deleted name without an extension was probably a folder, which can no longer be asked
            boolean goneFolder = event.kind() == ENTRY_DELETE && !path.getFileName().toString().contains(".");
            if (source || isFolder || goneFolder) {
                relevant = true;
                changed.add(path);
            }
        }
        if (!key.reset()) {
            // the folder itself went away: its parent's event says so too, and it is watched no more
            synchronized (this) {
                folders.remove(key);
            }
            relevant = true;
        }
        return relevant;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                synchronized (this) {
                    folders.put(key, dir);
                }
            }
        }
    }

    /** Stops watching; a thread waiting in {@link #awaitChange} returns empty. */
    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
