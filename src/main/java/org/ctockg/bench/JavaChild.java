package org.ctockg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command of this program (or another main class of its class path) run in a JVM of its own,
 * as a user runs it: its wall time, its exit status, its standard error, and its peak resident
 * memory, read from {@code /proc/PID/status} every 50 ms while it runs (VmHWM, and the largest
 * RssAnon seen: TDB2 maps its files, whose pages count as resident while memory is free; Linux,
 * 0 elsewhere).
 */
public final class JavaChild {
    private JavaChild() {
    }

    /** Peak resident memory, and its peak anonymous part (heap and native memory, without the pages of mapped files). */
    public record Run(int status, double seconds, long peakRssBytes, long peakAnonBytes, String err) {
        public double peakRssMb() {
            return peakRssBytes / 1e6;
        }

        public double peakAnonMb() {
            return peakAnonBytes / 1e6;
        }
    }

    /** The command line: this JVM's java, {@code jvmOptions}, this class path, {@code mainClass} and its arguments. */
    public static List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs to the end; standard output is discarded, standard error kept. */
    public static Run run(List<String> command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("ctoc-bench", ".err");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(err.toFile()).start();
            long peak = 0;
            long anon = 0;
            while (p.isAlive()) {
                peak = Math.max(peak, status(p.pid(), "VmHWM:"));
                anon = Math.max(anon, status(p.pid(), "RssAnon:"));
                Thread.sleep(50);
            }
            int status = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(status, seconds, peak, anon, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** A memory figure of a live process from {@code /proc/PID/status}, in bytes (0 when it cannot be read). */
    static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }
}
