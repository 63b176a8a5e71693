package org.ctockg.ingest;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs {@code work} on every input on a few worker threads and hands the results to one consumer
 * on the calling thread, in input order. At most {@code window} results wait for the consumer, so
 * memory holds a few results whatever the number of inputs; a slow consumer slows the workers.
 * The consumer is the only writer of whatever it writes to.
 */
public final class OrderedPipeline {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int workers;
    private final int window;

    public OrderedPipeline(int workers, int window) {
        if (workers < 1 || window < workers) {
            throw new IllegalArgumentException("workers " + workers + ", window " + window);
        }
        this.workers = workers;
        this.window = window;
    }

    /** As many workers as the machine has cores, and a window of twice that. */
    public static OrderedPipeline forThisMachine() {
        int cores = Runtime.getRuntime().availableProcessors();
        int n = Math.max(1, Math.min(cores, 8));
        return new OrderedPipeline(n, 2 * n + 2);
    }

    /**
     * Runs the inputs through {@code work} and {@code consumer}. An exception thrown by {@code work}
     * (unchecked) or by the consumer stops the run and is thrown here; {@code work} should turn
     * the failures it expects into results.
     */
    public <T, R> void run(List<T> inputs, Function<T, R> work, Consumer<R> consumer) {
        if (inputs.isEmpty()) {
            return;
        }
        if (workers == 1 || inputs.size() == 1) {
            inputs.forEach(in -> consumer.accept(work.apply(in)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        BlockingQueue<Future<R>> pending = new ArrayBlockingQueue<>(window);
        try {
            int next = 0;
            while (next < inputs.size() || !pending.isEmpty()) {
                while (next < inputs.size() && pending.remainingCapacity() > 0) {
                    T in = inputs.get(next++);
                    pending.add(CompletableFuture.supplyAsync(() -> work.apply(in), pool));
                }
                consumer.accept(await(pending.remove()));
            }
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading reports", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static ThreadFactory daemonThreads() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "reader-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
