package org.ctockg.ingest;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.ctockg.extract.ReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the report files and folders a server was started on, and runs an action once they
 * have been quiet for a moment after a report was written, added, renamed or deleted: an editor's
 * save or a copy of many files costs one action, not one per event. The action hears which report
 * files changed, or that anything may have (events were lost, a folder went away). Files that are
 * not reports (hidden files, other extensions) are ignored. The action runs on the watch's own
 * thread, one at a time; what it throws is logged and the watch goes on.
 */
public final class ReportFolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger("ctoc-kg");

    private final WatchService service;
    private final Set<Path> folders = new HashSet<>();
    private final Set<Path> files = new HashSet<>();
    private final Duration quiet;
    private final Consumer<ChangedReports> onChange;
    private final Thread thread;

    private ReportFolderWatch(WatchService service, Duration quiet, Consumer<ChangedReports> onChange) {
        this.service = service;
        this.quiet = quiet;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "report-watch");
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching the paths (report files, or folders read one level deep). A path that cannot
     * be watched is logged once and left out; the others are watched.
     */
    public static ReportFolderWatch start(List<Path> paths, Duration quiet, Consumer<ChangedReports> onChange) throws IOException {
        ReportFolderWatch watch = new ReportFolderWatch(FileSystems.getDefault().newWatchService(), quiet, onChange);
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            boolean folder = Files.isDirectory(abs);
            Path watched = folder ? abs : abs.getParent();
            try {
                watched.register(watch.service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
                (folder ? watch.folders : watch.files).add(abs);
            } catch (IOException | RuntimeException e) {
                LOG.warn("{}: changes to it will not be seen while serving: {}", p, e.getMessage());
            }
        }
        watch.thread.start();
        return watch;
    }

    private void run() {
        try {
            while (true) {
                ChangedReports.Builder changed = new ChangedReports.Builder();
                drain(service.take(), changed);
                WatchKey more;
                while ((more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                if (!changed.isEmpty()) {
                    act(changed.build());
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: the server stops
        }
    }

    private void act(ChangedReports changed) {
        try {
            onChange.accept(changed);
        } catch (RuntimeException e) {
            LOG.warn("reading the changed reports failed, the data stays as it was: {}", e.getMessage());
        }
    }

    /** Adds the reports the key's events touch to {@code changed}; the key is made ready for more. */
    private void drain(WatchKey key, ChangedReports.Builder changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.everything(); // events were lost: let the action look at everything
            } else if (event.context() instanceof Path name) {
                Path file = dir.resolve(name);
                if (files.contains(file) || folders.contains(dir) && ReportFiles.looksLikeReportFile(name)) {
                    changed.file(file);
                }
            }
        }
        if (!key.reset()) {
            changed.everything(); // the folder itself went away
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch: {}", e.getMessage());
        }
        thread.interrupt();
    }
}
