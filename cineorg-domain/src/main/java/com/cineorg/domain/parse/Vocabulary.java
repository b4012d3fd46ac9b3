package com.cineorg.domain.parse;

import static com.cineorg.domain.parse.Claim.ACODEC;
import static com.cineorg.domain.parse.Claim.CONTAINER;
import static com.cineorg.domain.parse.Claim.COUNTRY;
import static com.cineorg.domain.parse.Claim.EDITION;
import static com.cineorg.domain.parse.Claim.EPISODE_DETAIL;
import static com.cineorg.domain.parse.Claim.LANGUAGE;
import static com.cineorg.domain.parse.Claim.MISC;
import static com.cineorg.domain.parse.Claim.OTHER;
import static com.cineorg.domain.parse.Claim.PROPER;
import static com.cineorg.domain.parse.Claim.SCREEN;
import static com.cineorg.domain.parse.Claim.SOURCE;
import static com.cineorg.domain.parse.Claim.STREAMING;
import static com.cineorg.domain.parse.Claim.SUBTITLE;
import static com.cineorg.domain.parse.Claim.VCODEC;
import static com.cineorg.domain.parse.Strength.AFTER;
import static com.cineorg.domain.parse.Strength.STRONG;
import static com.cineorg.domain.parse.Strength.WEAK;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Release-name words and their meaning, in guessit's vocabulary. Keys are lower-case letters and digits only; a key
 * may join up to four words ("web"+"dl", "dts"+"hd"+"ma").
 */
final class Vocabulary {
    static final int MAX_WORDS = 4;
    private static final Map<String, Prop> WORDS = new HashMap<>(1024);
    /** Every proper prefix of a key: words are joined into a longer key only while they can still match one. */
    private static final Set<String> PREFIXES = new HashSet<>(8192);

    /** Generic folder names that say nothing about the content. */
    static final Set<String> GENERIC_FOLDERS = Set.of("", ".", "..", "~", "home", "users", "user", "root", "mnt",
            "media", "medias", "volumes", "volume", "volume1", "volume2", "data", "share", "shared", "public", "downloads",
            "download", "downloaded", "downloads finished", "finished", "complete", "completed", "incoming", "torrent",
            "torrents", "movies", "movie", "films", "film", "series", "serie", "tv", "tv shows", "tvshows", "tv_shows",
            "tv series", "shows", "videos", "video", "tmp", "temp", "var", "anime", "animes", "utorrent",
            "library", "plex", "jellyfin", "kodi", "unsorted", "sorted", "storage", "nas", "disk", "disk1",
            "disk2", "srv", "opt", "usr", "mydata", "mydatapool", "multimedia", "my videos", "films hd",
            "documentaries", "documentary", "cartoons", "dvd", "bluray", "4k", "1080p", "720p",
            "misc", "backup", "uploads", "sabnzbd", "nzbget", "transmission", "qbittorrent", "deluge",
            "recordings", "recorded", "dvr", "pvr", "extras");

    static final Set<String> CONTAINERS = Set.of("mkv", "avi", "mp4", "m4v", "mov", "wmv", "mpg", "mpeg", "ts",
            "m2ts", "mts", "ogm", "ogv", "ogg", "webm", "flv", "divx", "xvid", "iso", "img", "srt", "sub", "idx",
            "ass", "ssa", "vtt", "nfo", "torrent", "nzb", "mk3d", "3gp", "rmvb", "rm", "vob", "asf", "wtv", "dvr-ms",
            "f4v", "mxf", "qt", "smi", "sup", "txt", "par2", "rar", "zip", "7z", "jpg", "png", "strm", "m2t", "tp",
            "trp", "evo", "mpe", "m1v", "m2v", "dat", "h264", "h265", "264", "265", "hevc", "mka", "mp3", "flac",
            "webp", "sfv", "md5");

    /** Extensions that are also video codec names, the last word of many release names without an extension. */
    static final Set<String> CODEC_EXTENSIONS = Set.of("xvid", "h264", "h265", "264", "265", "hevc");

    private Vocabulary() {}

    static Prop lookup(String key) {
        return WORDS.get(key);
    }

    static boolean isPrefix(String key) {
        return PREFIXES.contains(key);
    }

    private static void put(Claim c, Strength s, String value, String... keys) {
        for (String k : keys) {
            String key = norm(k);
            WORDS.put(key, new Prop(c, s, value, null));
            prefixes(key);
        }
    }

    private static void put2(Claim c, Strength s, String value, Claim c2, String value2, String... keys) {
        for (String k : keys) {
            String key = norm(k);
            WORDS.put(key, new Prop(c, s, value, new Prop(c2, s, value2, null)));
            prefixes(key);
        }
    }

    private static void prefixes(String key) {
        for (int i = 1; i < key.length(); i++) {
            PREFIXES.add(key.substring(0, i));
        }
    }

    static String norm(String s) {
        int n = s.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static {
        // sources
        put(SOURCE, STRONG, "Blu-ray", "bluray", "blu ray", "bdrip", "bd rip", "brrip", "br rip", "bdmux", "brmux",
                "bdripmux", "brripmux", "bdremux", "bd25", "bd50", "bd5", "bd9", "bdr", "bdiso", "bluraycomplete",
                "blurayrip", "bdscr", "bluraymux");
        put(SOURCE, WEAK, "Blu-ray", "bd", "br");
        put(SOURCE, STRONG, "Ultra HD Blu-ray", "uhd bluray", "uhdbluray", "ultrahd bluray", "ultrahdbluray",
                "uhd bdrip", "uhdbdrip", "uhd blu ray", "ultrahd blu ray", "uhd bd", "uhdrip");
        put(SOURCE, STRONG, "HD-DVD", "hddvd", "hd dvd", "hddvdrip", "hd dvdrip");
        put(SOURCE, STRONG, "DVD", "dvdrip", "dvd rip", "dvdr", "dvd r", "dvd5", "dvd9", "dvdmux", "dvdripmux",
                "dvdiso", "video ts", "dvd full", "fulldvd", "ntscdvd", "paldvd");
        put(SOURCE, WEAK, "DVD", "dvd");
        put2(SOURCE, STRONG, "DVD", OTHER, "Screener", "dvdscr", "dvd scr", "dvdscreener");
        put2(SOURCE, STRONG, "DVD", VCODEC, "DivX", "dvdivx");
        put(SOURCE, STRONG, "HDTV", "hdtv", "hdtvrip", "hdtv rip", "hd tv", "hdtvmux");
        put(SOURCE, STRONG, "Web", "dlmux", "web dlmux");
        put(SOURCE, STRONG, "Digital TV", "pdtv", "dvb", "dvbrip", "dvb rip", "dtv", "pdtvrip", "dtvrip");
        put(SOURCE, STRONG, "TV", "tvrip", "tv rip", "sdtv", "sdtvrip");
        put(SOURCE, AFTER, "TV", "tv");
        put(SOURCE, STRONG, "Analog HDTV", "ahdtv");
        put(SOURCE, STRONG, "Ultra HDTV", "uhdtv");
        put(SOURCE, STRONG, "Web", "webrip", "web rip", "webdl", "web dl", "webdlrip", "web dlrip", "webcap",
                "web cap", "webhd", "webuhd", "webmux", "hdwebrip", "web hd");
        put(SOURCE, AFTER, "Web", "web");
        put(SOURCE, STRONG, "Digital Master", "dmrip", "dm rip");
        put(SOURCE, AFTER, "Digital Master", "dm");
        put(SOURCE, STRONG, "Satellite", "satrip", "sat rip", "dsrip", "dsr", "dthrip", "dth");
        put(SOURCE, STRONG, "VHS", "vhsrip", "vhs rip");
        put(SOURCE, WEAK, "VHS", "vhs");
        put(SOURCE, STRONG, "Camera", "camrip", "cam rip");
        put(SOURCE, WEAK, "Camera", "cam");
        put(SOURCE, STRONG, "HD Camera", "hdcam", "hd cam");
        put(SOURCE, STRONG, "Telesync", "telesync", "tsrip", "pdvd");
        put(SOURCE, WEAK, "Telesync", "ts");
        put(SOURCE, STRONG, "HD Telesync", "hdts", "hd ts", "hdtelesync");
        put(SOURCE, STRONG, "Telecine", "telecine");
        put(SOURCE, WEAK, "Telecine", "tc");
        put(SOURCE, STRONG, "HD Telecine", "hdtc", "hdtelecine");
        put(SOURCE, STRONG, "Workprint", "workprint");
        put(SOURCE, STRONG, "Pay-per-view", "ppv", "ppvrip");
        put(SOURCE, WEAK, "Video on Demand", "vod", "vodrip");
        put2(OTHER, STRONG, "HD", OTHER, "Rip", "hdrip", "hd rip");
        // video codecs
        put(VCODEC, STRONG, "H.264", "x264", "h264", "x 264", "h 264", "avc", "avc1", "mpeg4 avc", "avchd");
        put(VCODEC, STRONG, "H.265", "x265", "h265", "x 265", "h 265", "hevc", "hevc10", "hevc 10");
        put(VCODEC, STRONG, "Xvid", "xvid", "xvidhd");
        put(VCODEC, STRONG, "DivX", "divx", "dvix");
        put(VCODEC, STRONG, "MPEG-2", "mpeg2", "mpeg 2", "mpg2", "h262");
        put(VCODEC, STRONG, "VC-1", "vc1", "vc 1", "wvc1");
        put(VCODEC, STRONG, "H.263", "h263");
        put(VCODEC, STRONG, "VP7", "vp7");
        put(VCODEC, STRONG, "VP8", "vp8");
        put(VCODEC, STRONG, "VP9", "vp9");
        put(VCODEC, STRONG, "AV1", "av1");
        put(VCODEC, STRONG, "RealVideo", "rv10", "rv40");
        // audio codecs
        put(ACODEC, STRONG, "Dolby Digital", "ac3", "ac 3", "dd", "ac3d", "ac3ld", "dolby digital", "dolbydigital");
        put(ACODEC, STRONG, "Dolby Digital", "ddex", "dd ex", "ac3ex");
        put(ACODEC, STRONG, "Dolby Digital Plus", "ddp", "eac3", "e ac3", "e ac 3", "ddplus", "dolby digital plus");
        put(ACODEC, STRONG, "AAC", "aac", "heaac", "he aac", "lcaac", "lc aac", "aaclc", "aac lc", "aache");
        put(ACODEC, STRONG, "DTS", "dts", "dtses", "dts es", "dtsma", "dts96");
        put(ACODEC, STRONG, "DTS-HD", "dtshd", "dts hd", "dtshdma", "dts hd ma", "dtshd ma", "dtsma", "dts hdma",
                "dtshdhra", "dts hd hra", "dtshd hra", "dts hra");
        put(ACODEC, STRONG, "DTS:X", "dtsx", "dts x");
        put(ACODEC, STRONG, "Dolby TrueHD", "truehd", "true hd", "dolby truehd");
        put(ACODEC, STRONG, "Dolby Atmos", "atmos", "dolby atmos", "dolbyatmos");
        put(ACODEC, STRONG, "FLAC", "flac");
        put(ACODEC, STRONG, "MP3", "mp3", "lame", "lame3");
        put(ACODEC, STRONG, "MP2", "mp2");
        put(ACODEC, STRONG, "Opus", "opus");
        put(ACODEC, STRONG, "Vorbis", "vorbis", "ogg vorbis");
        put(ACODEC, STRONG, "PCM", "pcm");
        put(ACODEC, STRONG, "LPCM", "lpcm");
        put(ACODEC, WEAK, "Dolby Digital", "dolby");
        put(ACODEC, WEAK, "AAC", "ma");
        // other
        put(OTHER, STRONG, "Remux", "remux");
        put(OTHER, WEAK, "Rip", "rip");
        put(OTHER, WEAK, "HD", "hd", "hq");
        put(OTHER, WEAK, "Ultra HD", "uhd", "ultrahd", "ultra hd");
        put(OTHER, WEAK, "Full HD", "fullhd", "full hd", "fhd");
        put(OTHER, WEAK, "Micro HD", "hdlight", "mhd", "hd light");
        put(OTHER, WEAK, "HDR10", "hdr", "hdr10", "hdr10plus", "hdr10+");
        put(OTHER, WEAK, "Dolby Vision", "dv", "dovi", "dolby vision", "dolbyvision");
        put(OTHER, WEAK, "BT.2020", "bt2020", "bt 2020");
        put(OTHER, WEAK, "Standard Dynamic Range", "sdr");
        put(OTHER, WEAK, "3D", "3d", "sbs", "halfsbs", "half sbs", "hsbs", "ou", "halfou", "half ou", "hou", "fullsbs");
        put(OTHER, WEAK, "Complete", "complete", "integrale", "integral", "complete series", "the complete series",
                "complete collection", "complete box set", "complete season", "complete seasons");
        put(OTHER, WEAK, "Internal", "internal", "int");
        put(OTHER, WEAK, "Read NFO", "readnfo", "read nfo");
        put(OTHER, WEAK, "Fix", "fix", "nfofix", "nfo fix", "dirfix", "syncfix", "subfix", "prooffix", "proof fix",
                "samplefix", "sample fix");
        put(OTHER, WEAK, "Proof", "proof");
        put(OTHER, WEAK, "Sample", "sample");
        put(OTHER, WEAK, "Extras", "extras", "bonus");
        put(OTHER, WEAK, "Dual Audio", "dual", "dual audio", "dualaudio");
        put(LANGUAGE, WEAK, "mul", "dl");
        put(LANGUAGE, WEAK, "und", "dubbed", "dublado", "dublagem");
        put(LANGUAGE, AFTER, "und", "dub");
        put(OTHER, WEAK, "Straight to Video", "stv");
        put(OTHER, WEAK, "Original Aspect Ratio", "oar");
        put(OTHER, WEAK, "Open Matte", "open matte", "openmatte", "om");
        put(OTHER, WEAK, "Colorized", "colorized", "colourized");
        put(OTHER, WEAK, "Converted", "convert", "converted");
        put(OTHER, WEAK, "Documentary", "docu", "doku", "documentary", "documentaire");
        put(OTHER, WEAK, "XXX", "xxx");
        put(OTHER, WEAK, "Upscaled", "upscaled", "upscale", "upscaling");
        put(OTHER, WEAK, "Preair", "preair");
        put(OTHER, WEAK, "Region 5", "r5");
        put(OTHER, WEAK, "Region C", "rc");
        put(OTHER, WEAK, "Screener", "screener", "scr");
        put(OTHER, WEAK, "PAL", "pal");
        put(OTHER, WEAK, "NTSC", "ntsc");
        put(OTHER, WEAK, "SECAM", "secam");
        put(OTHER, WEAK, "Widescreen", "ws", "widescreen");
        put(OTHER, WEAK, "High Resolution", "hr");
        put(OTHER, WEAK, "Reencoded", "reenc", "reencoded");
        put(OTHER, WEAK, "Repost", "repost");
        put(OTHER, WEAK, "Obfuscated", "obfuscated", "scrambled");
        put(OTHER, WEAK, "Hybrid", "hybrid");
        put(OTHER, WEAK, "East Coast Feed", "ecf");
        put(OTHER, WEAK, "West Coast Feed", "wcf");
        put(OTHER, WEAK, "Fan Subtitled", "fansub", "fansubbed");
        put(OTHER, WEAK, "Fast Subtitled", "fastsub", "fastsubbed");
        put(OTHER, WEAK, "Original Video", "ova", "oav", "oad", "ona");
        put(OTHER, WEAK, "Mux", "mux");
        put(OTHER, AFTER, "Line Audio", "line");
        put(OTHER, AFTER, "Line Dubbed", "ld");
        put(OTHER, AFTER, "Mic Dubbed", "md");
        put(OTHER, WEAK, "Subforced", "subforced", "forced");
        put(OTHER, WEAK, "Retail", "retail");
        put(OTHER, WEAK, "Trailer", "trailer");
        put(OTHER, WEAK, "Festival", "festival");
        // proper / repack
        put(PROPER, WEAK, "Proper", "proper", "repack", "rerip", "rescan");
        put(PROPER, AFTER, "Real", "real");
        // editions
        put(EDITION, WEAK, "Limited", "limited", "ltd");
        put(EDITION, WEAK, "Director's Cut", "directors cut", "director cut", "directorscut", "directorcut", "dc",
                "directors edition", "director edition");
        put(EDITION, WEAK, "Extended", "extended", "extended cut", "extended edition", "extended version", "ext");
        put(EDITION, WEAK, "Theatrical", "theatrical", "theatrical cut", "theatrical edition", "theatrical version");
        put(EDITION, WEAK, "Unrated", "unrated", "unrated cut");
        put(EDITION, WEAK, "Uncut", "uncut");
        put(EDITION, WEAK, "Uncensored", "uncensored");
        put(EDITION, WEAK, "Remastered", "remastered", "remaster", "4k remastered", "4k remaster");
        put(EDITION, WEAK, "Restored", "restored", "4k restored", "restauree");
        put(EDITION, WEAK, "Criterion", "criterion", "criterion collection", "criterion edition", "cc");
        put(EDITION, WEAK, "Collector", "collector", "collectors", "collector edition", "collectors edition",
                "edition collector", "collector s edition", "collectors cut");
        put(EDITION, WEAK, "Special", "special edition", "se", "edition speciale");
        put(EDITION, WEAK, "Ultimate", "ultimate", "ultimate edition", "ultimate cut");
        put(EDITION, WEAK, "Fan", "fan edit", "fanedit", "fan collection");
        put(EDITION, WEAK, "Ultimate", "ultimate fan collection", "ultimate fan edition");
        put(EDITION, WEAK, "Alternative Cut", "alternative cut", "alternate cut", "alternative", "alt cut",
                "alternative extended version");
        put(EDITION, WEAK, "IMAX", "imax", "imax edition", "imax version");
        put(EDITION, WEAK, "Deluxe", "deluxe", "deluxe edition");
        put(EDITION, WEAK, "Festival", "festival edition");
        put(EDITION, WEAK, "Limited", "limited edition");
        put(EDITION, WEAK, "Version Longue", "version longue");
        put(EDITION, WEAK, "Edition", "edition", "version", "cut", "collection");
        // episode details
        put(EPISODE_DETAIL, AFTER, "Special", "special", "specials");
        put(EPISODE_DETAIL, AFTER, "Final", "final", "finale");
        put(EPISODE_DETAIL, AFTER, "Pilot", "pilot");
        put(EPISODE_DETAIL, AFTER, "Unaired", "unaired");
        // streaming services
        put(STREAMING, STRONG, "Amazon Prime", "amzn", "amazon", "amazonhd", "amazon prime");
        put(STREAMING, WEAK, "Netflix", "nf", "nflx", "netflix", "netflixuhd");
        put(STREAMING, WEAK, "Hulu", "hulu");
        put(STREAMING, WEAK, "Disney+", "dsnp", "dsny", "disney+", "disneyplus");
        put(STREAMING, WEAK, "HBO Max", "hmax", "hbomax");
        put(STREAMING, WEAK, "HBO Go", "hbo");
        put(STREAMING, WEAK, "AppleTV", "atvp", "atv", "appletv");
        put(STREAMING, WEAK, "iTunes", "itunes", "itunesrip", "ituneshd");
        put(STREAMING, AFTER, "BBC iPlayer", "ip");
        put(STREAMING, WEAK, "BBC iPlayer", "iplayer");
        put(STREAMING, WEAK, "Peacock", "pcok");
        put(STREAMING, WEAK, "Paramount+", "pmtp");
        put(STREAMING, WEAK, "Crave", "crav");
        put(STREAMING, AFTER, "Stan", "stan");
        put(STREAMING, WEAK, "DC Universe", "dcu");
        put(STREAMING, WEAK, "Viki", "viki");
        put(STREAMING, AFTER, "Freeform", "free");
        put(STREAMING, WEAK, "E!", "etv");
        put(STREAMING, WEAK, "MBC", "mbcvod", "mbc");
        put(STREAMING, AFTER, "DramaFever", "df");
        put(STREAMING, AFTER, "Crunchyroll", "cr", "crunchyroll");
        put(STREAMING, WEAK, "Funimation", "funi", "funimation");
        put(STREAMING, AFTER, "YouTube Red", "red");
        put(STREAMING, AFTER, "Showtime", "sho");
        put(STREAMING, WEAK, "Starz", "stz", "starz");
        put(STREAMING, AFTER, "CBS", "cbs");
        put(STREAMING, AFTER, "NBC", "nbc");
        put(STREAMING, AFTER, "AMC", "amc");
        put(STREAMING, AFTER, "A&E", "ae");
        put(STREAMING, WEAK, "Vudu", "vudu");
        put(STREAMING, WEAK, "Shudder", "shdr");
        put(STREAMING, WEAK, "HBO", "hbo");
        // countries
        put(COUNTRY, WEAK, "US", "us", "usa");
        put(COUNTRY, WEAK, "GB", "uk", "gb");
        put(COUNTRY, WEAK, "AU", "au", "aus");
        put(COUNTRY, WEAK, "NZ", "nz");
        put(COUNTRY, WEAK, "CA", "ca");
        // containers seen inside names
        put(CONTAINER, WEAK, "mp4", "mp4");
        put(CONTAINER, WEAK, "mkv", "mkv");
        put(CONTAINER, WEAK, "avi", "avi");
        put(CONTAINER, WEAK, "wmv", "wmv");
        put(CONTAINER, WEAK, "m4v", "m4v");
        put(CONTAINER, WEAK, "flv", "flv");
        // misc technical words (not in the output, but never title words)
        put(MISC, STRONG, "", "dxva", "hi10p", "hi10", "10bit", "10 bit", "8bit", "8 bit", "12bit", "12 bit", "hfr",
                "2in1", "3in1", "4in1", "dd5", "ac3 5", "x264hp", "hp", "chaps", "chapters", "vfr", "cfr", "bt709",
                "bt 709", "truefrench vff");
        put(MISC, AFTER, "", "by");
        put(MISC, WEAK, "", "subtitles", "subtitle", "subtitled", "legendado", "legendas", "legenda", "subtitulada",
                "subtitulos", "softsubs", "hardsub", "hardsubs");
        put(MISC, WEAK, "", "rip by", "encoded by", "custom", "mkvcage", "yify", "yts", "rarbg", "ettv",
                "eztv", "dual subtitulos", "subtitulado", "esub", "esubs", "subs", "sub", "subbed", "vost", "st",
                "ind", "split scenes", "imageset", "cd", "disc", "disk", "part", "ptp");
        put(SCREEN, STRONG, "2160p", "4k", "uhd4k", "4k uhd");
        put(SCREEN, WEAK, "720p", "hd720");
        put(SCREEN, WEAK, "1080p", "hd1080");
        // languages
        put(LANGUAGE, WEAK, "fr", "french", "francais", "français", "fra", "fre", "vf", "vff", "vfq", "vfi", "vf2", "vo vf",
                "truefrench", "fr");
        put(LANGUAGE, WEAK, "en", "english", "eng", "en", "anglais");
        put(LANGUAGE, WEAK, "es", "spanish", "esp", "spa", "espanol", "español", "castellano", "castilian", "latino");
        put(LANGUAGE, WEAK, "de", "german", "ger", "deu", "deutsch");
        put(LANGUAGE, WEAK, "de-CH", "swissgerman", "swiss german");
        put(LANGUAGE, WEAK, "it", "italian", "ita", "italiano");
        put(LANGUAGE, WEAK, "nl", "dutch", "nld", "dut", "nl");
        put(LANGUAGE, WEAK, "nl-BE", "flemish", "vlaams");
        put(LANGUAGE, WEAK, "pt", "portuguese", "por", "pt", "portugues");
        put(LANGUAGE, WEAK, "pt-BR", "ptbr", "pt br", "brazilian", "portuguese br");
        put(LANGUAGE, WEAK, "ru", "russian", "rus", "ru");
        put(LANGUAGE, WEAK, "uk", "ukrainian", "ukr");
        put(LANGUAGE, WEAK, "pl", "polish", "pol", "pl", "plsub");
        put(LANGUAGE, WEAK, "cs", "czech", "cze", "cz", "ces");
        put(LANGUAGE, WEAK, "hu", "hungarian", "hun");
        put(LANGUAGE, WEAK, "sv", "swedish", "swe", "sv");
        put(LANGUAGE, WEAK, "no", "norwegian", "nor");
        put(LANGUAGE, WEAK, "da", "danish", "dan");
        put(LANGUAGE, WEAK, "fi", "finnish", "fin");
        put(LANGUAGE, WEAK, "el", "greek", "gre", "ell");
        put(LANGUAGE, WEAK, "tr", "turkish", "tur");
        put(LANGUAGE, WEAK, "ja", "japanese", "jap", "jpn", "jp");
        put(LANGUAGE, WEAK, "ko", "korean", "kor");
        put(LANGUAGE, WEAK, "zh", "chinese", "chi", "zho", "mandarin", "cantonese", "chs", "cht");
        put(LANGUAGE, WEAK, "hi", "hindi", "hin");
        put(LANGUAGE, WEAK, "ta", "tamil", "tam");
        put(LANGUAGE, WEAK, "te", "telugu", "tel");
        put(LANGUAGE, WEAK, "ar", "arabic", "ara");
        put(LANGUAGE, WEAK, "he", "hebrew", "heb");
        put(LANGUAGE, WEAK, "ca", "catalan", "cat", "catala");
        put(LANGUAGE, WEAK, "ro", "romanian", "rum", "ron");
        put(LANGUAGE, WEAK, "bg", "bulgarian", "bul");
        put(LANGUAGE, WEAK, "hr", "croatian", "hrv");
        put(LANGUAGE, WEAK, "sr", "serbian", "srp");
        put(LANGUAGE, WEAK, "th", "thai");
        put(LANGUAGE, WEAK, "vi", "vietnamese", "vie");
        put(LANGUAGE, WEAK, "id", "indonesian");
        put(LANGUAGE, WEAK, "fa", "persian", "farsi");
        put(LANGUAGE, WEAK, "is", "icelandic", "ice");
        put(LANGUAGE, WEAK, "et", "estonian", "est");
        put(LANGUAGE, WEAK, "lt", "lithuanian");
        put(LANGUAGE, WEAK, "lv", "latvian");
        put(LANGUAGE, WEAK, "sk", "slovak", "slo");
        put(LANGUAGE, WEAK, "sl", "slovenian", "slv");
        put(LANGUAGE, WEAK, "ms", "malay");
        put(LANGUAGE, WEAK, "mul", "multi", "multilang", "multilanguage", "multi audio", "multiple languages", "vo");
        put2(SUBTITLE, WEAK, "fr", SUBTITLE, "", "vostfr", "stfr", "subfr", "vost fr", "frsub", "frsubs");
        put2(SUBTITLE, WEAK, "en", SUBTITLE, "", "vosten", "engsub", "engsubs", "ensub", "ensubs", "subeng");
        put2(SUBTITLE, WEAK, "nl", SUBTITLE, "", "nlsub", "nlsubs", "nlsubbed");
        put2(SUBTITLE, WEAK, "de", SUBTITLE, "", "gersub", "gersubs", "subger");
        put2(SUBTITLE, WEAK, "it", SUBTITLE, "", "subita", "itasub", "itasubs");
        put2(SUBTITLE, WEAK, "es", SUBTITLE, "", "subesp", "espsub", "subspa");
        put2(SUBTITLE, WEAK, "mul", SUBTITLE, "", "multisub", "multisubs", "multiple subtitle", "multiple subtitles",
                "multi subs", "multi sub");
    }
}
