package com.cineorg.app.probe;

import com.cineorg.domain.model.media.MediaInfo;
import com.cineorg.domain.port.out.MediaInfoPort;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Media information through {@code ffprobe} (Debian package ffmpeg) or, failing that, {@code mediainfo}; found on
 * the PATH once. Without either, {@link #available()} is false and every probe is empty.
 */
public final class ProbeMediaInfoAdapter implements MediaInfoPort {
    private static final Logger LOG = LoggerFactory.getLogger(ProbeMediaInfoAdapter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 30;
    private static final Map<String, String> CODECS = Map.ofEntries(
            Map.entry("h264", "H.264"), Map.entry("avc", "H.264"), Map.entry("hevc", "H.265"),
            Map.entry("h265", "H.265"), Map.entry("mpeg4", "Xvid"), Map.entry("mpeg2video", "MPEG-2"),
            Map.entry("mpeg-2 video", "MPEG-2"), Map.entry("vp9", "VP9"), Map.entry("av1", "AV1"),
            Map.entry("vc1", "VC-1"), Map.entry("vc-1", "VC-1"), Map.entry("aac", "AAC"), Map.entry("ac3", "Dolby Digital"),
            Map.entry("ac-3", "Dolby Digital"), Map.entry("eac3", "Dolby Digital Plus"), Map.entry("e-ac-3", "Dolby Digital Plus"),
            Map.entry("dts", "DTS"), Map.entry("truehd", "Dolby TrueHD"), Map.entry("mlp fba", "Dolby TrueHD"),
            Map.entry("flac", "FLAC"), Map.entry("mp3", "MP3"), Map.entry("mpeg audio", "MP3"),
            Map.entry("opus", "Opus"), Map.entry("vorbis", "Vorbis"), Map.entry("pcm_s16le", "PCM"), Map.entry("pcm", "PCM"));

    private final Path ffprobe;
    private final Path mediainfo;

    ProbeMediaInfoAdapter(Path ffprobe, Path mediainfo) {
        this.ffprobe = ffprobe;
        this.mediainfo = mediainfo;
    }

    /** Looks the tools up on $PATH. */
    public static ProbeMediaInfoAdapter fromPath(String pathVariable) {
        return new ProbeMediaInfoAdapter(find("ffprobe", pathVariable), find("mediainfo", pathVariable));
    }

    static Path find(String tool, String pathVariable) {
        if (pathVariable == null) {
            return null;
        }
        for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, tool);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @Override
    public boolean available() {
        return ffprobe != null || mediainfo != null;
    }

    @Override
    public Optional<String> describe() {
        if (ffprobe != null) {
            return Optional.of("ffprobe (" + ffprobe + ")");
        }
        if (mediainfo != null) {
            return Optional.of("mediainfo (" + mediainfo + ")");
        }
        return Optional.empty();
    }

    @Override
    public Optional<MediaInfo> probe(Path file) {
        try {
            if (ffprobe != null) {
                return run(List.of(ffprobe.toString(), "-v", "error", "-print_format", "json", "-show_format",
                        "-show_streams", file.toString())).map(ProbeMediaInfoAdapter::fromFfprobe);
            }
            if (mediainfo != null) {
                return run(List.of(mediainfo.toString(), "--Output=JSON", file.toString()))
                        .map(ProbeMediaInfoAdapter::fromMediainfo);
            }
        } catch (IOException e) {
            LOG.warn("cannot probe {}: {}", file, e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
        if (process.exitValue() != 0 || out.length == 0) {
            return Optional.empty();
        }
        return Optional.of(JSON.readTree(new String(out, StandardCharsets.UTF_8)));
    }

    static MediaInfo fromFfprobe(JsonNode root) {
        Duration duration = seconds(root.path("format").path("duration").asText(null));
        Integer width = null;
        Integer height = null;
        String video = null;
        List<String> audio = new ArrayList<>();
        for (JsonNode stream : root.path("streams")) {
            String type = stream.path("codec_type").asText("");
            String codec = stream.path("codec_name").asText("");
            if (type.equals("video") && video == null && !stream.path("disposition").path("attached_pic").asBoolean()) {
                video = codec(codec);
                width = stream.hasNonNull("width") ? stream.get("width").asInt() : null;
                height = stream.hasNonNull("height") ? stream.get("height").asInt() : null;
            } else if (type.equals("audio")) {
                audio.add(codec(codec));
            }
        }
        return new MediaInfo(duration, width, height, video, audio);
    }

    static MediaInfo fromMediainfo(JsonNode root) {
        Duration duration = null;
        Integer width = null;
        Integer height = null;
        String video = null;
        List<String> audio = new ArrayList<>();
        for (JsonNode track : root.path("media").path("track")) {
            String type = track.path("@type").asText("");
            switch (type) {
                case "General" -> duration = seconds(track.path("Duration").asText(null));
                case "Video" -> {
                    if (video == null) {
                        video = codec(track.path("Format").asText(""));
                        width = integer(track.path("Width").asText(null));
                        height = integer(track.path("Height").asText(null));
                    }
                }
                case "Audio" -> audio.add(codec(track.path("Format").asText("")));
                default -> {
                    // menus, text tracks
                }
            }
        }
        return new MediaInfo(duration, width, height, video, audio);
    }

    private static String codec(String raw) {
        String key = raw.toLowerCase(Locale.ROOT);
        return CODECS.getOrDefault(key, raw.isEmpty() ? null : raw);
    }

    private static Duration seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
