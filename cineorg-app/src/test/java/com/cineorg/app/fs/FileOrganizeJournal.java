package com.cineorg.app.fs;

import com.cineorg.domain.error.StorageFailureException;
import com.cineorg.domain.model.library.JournalEntry;
import com.cineorg.domain.model.library.OperationKind;
import com.cineorg.domain.model.library.OperationState;
import com.cineorg.domain.model.library.OrganizeMode;
import com.cineorg.domain.model.library.OrganizeRun;
import com.cineorg.domain.model.library.PendingOperation;
import com.cineorg.domain.model.library.RunState;
import com.cineorg.domain.port.out.OrganizeJournalPort;
import com.cineorg.domain.testing.InMemoryOrganizeJournal;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A journal that survives {@code kill -9} without a database, for the crash test: an append-only log, forced to
 * disk on every write, replayed into an {@link InMemoryOrganizeJournal} on open (a torn last line is ignored).
 */
final class FileOrganizeJournal implements OrganizeJournalPort, AutoCloseable {
    private final InMemoryOrganizeJournal state = new InMemoryOrganizeJournal();
    private final FileChannel log;

    FileOrganizeJournal(Path file) {
        try {
            if (Files.exists(file)) {
                replay(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
            log = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new StorageFailureException("cannot open journal " + file, e);
        }
    }

    private static String enc(Object o) {
        return o == null ? "-" : Base64.getUrlEncoder().encodeToString(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String dec(String s) {
        return s.equals("-") ? null : new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
    }

    private void replay(List<String> lines) {
        for (String line : lines) {
            if (!line.endsWith(" .")) {
                continue; // torn write
            }
            String[] f = line.split(" ");
            switch (f[0]) {
                case "RUN" -> state.startRun(Path.of(dec(f[1])), OrganizeMode.valueOf(f[2]), Instant.parse(f[3]));
                case "FIN" -> state.finishRun(Long.parseLong(f[1]), RunState.valueOf(f[2]), dec(f[3]), Instant.parse(f[4]));
                case "OP" -> {
                    List<PendingOperation> ops = new ArrayList<>();
                    for (int i = 2; i + 6 < f.length; i += 7) {
                        String mtime = dec(f[i + 5]);
                        String media = dec(f[i + 3]);
                        ops.add(new PendingOperation(OperationKind.valueOf(f[i]), Path.of(dec(f[i + 1])),
                                Path.of(dec(f[i + 2])), media == null ? null : Long.parseLong(media),
                                Long.parseLong(f[i + 4]), mtime == null ? null : Instant.parse(mtime), dec(f[i + 6])));
                    }
                    state.recordPending(Long.parseLong(f[1]), ops);
                }
                case "MARK" -> {
                    List<Long> ids = new ArrayList<>();
                    for (String id : dec(f[3]).split(",")) {
                        if (!id.isEmpty()) {
                            ids.add(Long.parseLong(id));
                        }
                    }
                    state.mark(ids, OperationState.valueOf(f[1]), dec(f[2]));
                }
                default -> {
                    // unknown line: ignored
                }
            }
        }
    }

    private void append(String line) {
        try {
            ByteBuffer b = ByteBuffer.wrap((line + " .\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                log.write(b);
            }
            log.force(false);
        } catch (IOException e) {
            throw new StorageFailureException("cannot write journal", e);
        }
    }

    @Override
    public synchronized OrganizeRun startRun(Path library, OrganizeMode mode, Instant now) {
        append("RUN " + enc(library) + " " + mode + " " + now);
        return state.startRun(library, mode, now);
    }

    @Override
    public synchronized void finishRun(long runId, RunState s, String summary, Instant now) {
        append("FIN " + runId + " " + s + " " + enc(summary) + " " + now);
        state.finishRun(runId, s, summary, now);
    }

    @Override
    public synchronized List<JournalEntry> recordPending(long runId, List<PendingOperation> operations) {
        StringBuilder sb = new StringBuilder("OP " + runId);
        for (PendingOperation op : operations) {
            sb.append(' ').append(op.kind()).append(' ').append(enc(op.source())).append(' ').append(enc(op.target()))
                    .append(' ').append(enc(op.mediaId())).append(' ').append(op.size()).append(' ')
                    .append(enc(op.mtime())).append(' ').append(enc(op.priorStatus()));
        }
        append(sb.toString());
        return state.recordPending(runId, operations);
    }

    @Override
    public synchronized void mark(Collection<Long> operationIds, OperationState s, String note) {
        StringBuilder ids = new StringBuilder();
        for (Long id : operationIds) {
            ids.append(id).append(',');
        }
        append("MARK " + s + " " + enc(note) + " " + enc(ids));
        state.mark(operationIds, s, note);
    }

    @Override
    public List<JournalEntry> unfinished() {
        return state.unfinished();
    }

    @Override
    public List<OrganizeRun> runs() {
        return state.runs();
    }

    @Override
    public Optional<OrganizeRun> findRun(long runId) {
        return state.findRun(runId);
    }

    @Override
    public List<JournalEntry> operations(long runId) {
        return state.operations(runId);
    }

    @Override
    public List<JournalEntry> operationsOf(long mediaId) {
        return state.operationsOf(mediaId);
    }

    @Override
    public void close() throws IOException {
        log.close();
    }
}
