package com.cineorg.bench;

import com.cineorg.domain.parse.ReleaseNameParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread parser throughput on the corpus names, printed per round as wall-clock and thread-CPU names/s. The
 * CPU figure is the useful one on a shared machine, where the wall-clock figure mostly measures waiting for a core.
 * Usage: {@code ParseThroughputMain [rounds] [seconds per round]}, defaults 5 and 2.
 */
public final class ParseThroughputMain {
    private ParseThroughputMain() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long nanosPerRound = (args.length > 1 ? Long.parseLong(args[1]) : 2L) * 1_000_000_000L;
        List<String> names = ParserBenchmark.corpusNames();
        ReleaseNameParser parser = new ReleaseNameParser();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 1; round <= rounds; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long parsed = 0;
            while (System.nanoTime() - wall0 < nanosPerRound) {
                for (String name : names) {
                    sink += parser.parse(name).episodes().size();
                }
                parsed += names.size();
            }
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %d names, %.0f names/s wall, %.0f names/s thread CPU%n", round,
                    parsed, parsed / wall, parsed / cpu);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
