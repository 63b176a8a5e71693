package org.ctockg.extract;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.ctockg.diagnostics.Diagnostic;
import org.ctockg.source.InputLimits;

/** Turns the paths a user names (files or folders) into the report files to read, in a stable order. */
public final class ReportFiles {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".pdf", ".html", ".htm");

    private ReportFiles() {
    }

    /** Report files are .txt, .md, .pdf, .html and .htm; a folder is read one level deep, hidden files skipped. */
    public static boolean looksLikeReportFile(Path p) {
        return looksLikeReportFile(p.getFileName().toString());
    }

    /** As {@link #looksLikeReportFile(Path)}, for a file name (a loop: it runs for every file of a folder at each start). */
    public static boolean looksLikeReportFile(String name) {
        if (name.isEmpty() || name.charAt(0) == '.') {
            return false;
        }
        for (String extension : EXTENSIONS) {
            if (name.regionMatches(true, name.length() - extension.length(), extension, 0, extension.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The report files among the paths. A path that is neither a file nor a folder, or a report
     * file in a folder that is not a regular file (a named pipe, a link to nowhere or a loop of
     * links), gets one line saying what it is.
     */
    public static List<Path> expand(List<Path> paths, Consumer<Diagnostic> problems) {
        return expand(paths, f -> true, problems);
    }

    /**
     * As {@link #expand(List, Consumer)}, keeping only the report files {@code wanted} accepts by
     * their path; the others are not looked at (a folder of thousands is listed, not examined).
     */
    public static List<Path> expand(List<Path> paths, Predicate<Path> wanted, Consumer<Diagnostic> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    List<Path> listed = s.filter(f -> looksLikeReportFile(f) && wanted.test(f)).sorted().toList();
                    // a look at each, on every core: a folder may hold ten thousand
                    List<Boolean> regular = listed.parallelStream().map(Files::isRegularFile).toList();
                    for (int i = 0; i < listed.size(); i++) {
                        Path f = listed.get(i);
                        if (regular.get(i)) {
                            files.add(f);
                        } else if (!Files.isDirectory(f)) {
                            problems.accept(Diagnostic.error(f.toString(), whatItIs(f)));
                        }
                    }
                } catch (IOException e) {
                    problems.accept(Diagnostic.error(p.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else if (!wanted.test(p)) {
                continue;
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.accept(Diagnostic.error(p.toString(), whatItIs(p)));
            }
        }
        return files;
    }

    /**
     * The bytes of a report file, refused in one line when it is not a regular file or larger
     * than any report may be (checked before reading, so a huge or sparse file costs nothing).
     */
    public static byte[] read(Path file, InputLimits limits) throws ReportRejectedException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ReportRejectedException(file.toString(), whatItIs(file));
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ReportRejectedException(file.toString(), "the file is " + InputLimits.megabytes(size)
                        + ", above the limit of " + InputLimits.megabytes(limits.maxFileBytes()) + " for any report; skipped");
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ReportRejectedException(file.toString(), "cannot read the file: permission denied");
        } catch (NoSuchFileException e) {
            throw new ReportRejectedException(file.toString(), "no such file or folder");
        } catch (IOException e) {
            throw new ReportRejectedException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** What a path that is not a regular file or folder is, for the line that says so. */
    static String whatItIs(Path p) {
        if (Files.isSymbolicLink(p)) {
            try {
                p.toRealPath();
            } catch (NoSuchFileException e) {
                return "a symbolic link to a file that does not exist";
            } catch (FileSystemException e) {
                String reason = String.valueOf(e.getReason());
                return reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")
                        ? "a loop of symbolic links, not a file" : "a symbolic link that cannot be followed: " + reason;
            } catch (IOException e) {
                return "a symbolic link that cannot be followed: " + e.getMessage();
            }
        }
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
            return "no such file or folder";
        }
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "a named pipe (FIFO), not a file: reports are read from regular files";
                case 0140000 -> "a socket, not a file";
                case 0020000, 0060000 -> "a device, not a file";
                default -> "not a regular file";
            };
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return "not a regular file";
        }
    }
}
