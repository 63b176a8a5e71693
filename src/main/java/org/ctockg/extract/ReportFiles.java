package org.ctockg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.ctockg.diagnostics.Diagnostic;

/** Turns the paths a user names (files or folders) into the report files to read, in a stable order. */
public final class ReportFiles {
    private ReportFiles() {
    }

    /** Report files are .txt and .md; a folder is read one level deep, hidden files skipped. */
    public static boolean looksLikeReportFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    public static List<Path> expand(List<Path> paths, Consumer<Diagnostic> problems) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(ReportFiles::looksLikeReportFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    problems.accept(Diagnostic.error(p.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.accept(Diagnostic.error(p.toString(), "no such file or folder"));
            }
        }
        return files;
    }
}
