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
 * memory, read from {@code /proc/PID/status} (VmHWM) every 50 ms while it runs (Linux; 0 elsewhere).
 */
public final class JavaChild {
    private JavaChild() {
    }

    public record Run(int status, double seconds, long peakRssBytes, String err) {
        public double peakRssMb() {
            return peakRssBytes / 1e6;
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
            while (p.isAlive()) {
                peak = Math.max(peak, peakRss(p.pid()));
                Thread.sleep(50);
            }
            int status = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(status, seconds, peak, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The peak resident set of a live process, in bytes (0 when it cannot be read). */
    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }
}
