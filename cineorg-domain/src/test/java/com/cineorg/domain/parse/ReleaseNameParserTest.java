package com.cineorg.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReleaseNameParserTest {
    private final ReleaseNameParser parser = new ReleaseNameParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # input                                                                    | type    | title                                  | year | seasons | episodes
            Heat.1995.1080p.BluRay.x264-GRP.mkv                                        | movie   | Heat                                   | 1995 | -       | -
            Inception (2010) 1080p BluRay x264 DTS-HD MA 5.1-FGT                       | movie   | Inception                              | 2010 | -       | -
            The.Matrix.1999.REMASTERED.2160p.UHD.BluRay.x265.10bit.HDR.TrueHD.7.1.Atmos-TERMiNAL | movie | The Matrix                   | 1999 | -       | -
            1917.2019.1080p.BluRay.x264-GRP                                            | movie   | 1917                                   | 2019 | -       | -
            Blade.Runner.2049.2017.2160p.UHD.BluRay.x265-TERMiNAL                      | movie   | Blade Runner 2049                      | 2017 | -       | -
            Blade.Runner.2049.1080p.WEB-DL                                             | movie   | Blade Runner 2049                      | -    | -       | -
            Apollo.13.1995.1080p.BluRay.x264                                           | movie   | Apollo 13                              | 1995 | -       | -
            The.Fan.1996.720p.BluRay                                                   | movie   | The Fan                                | 1996 | -       | -
            Pacific.Rim.3D.2013.COMPLETE.BLURAY-PCH.avi                                | movie   | Pacific Rim                            | 2013 | -       | -
            Die.Hard.1988.German.DL.1080p.BluRay.x264-GRP                              | movie   | Die Hard                               | 1988 | -       | -
            Harry.Potter.and.the.Deathly.Hallows.Part.1.2010.1080p.BluRay.x264-GRP     | movie   | Harry Potter and the Deathly Hallows   | 2010 | -       | -
            Amélie.2001.FRENCH.720p.BluRay.x264-GRP                                    | movie   | Amélie                                 | 2001 | -       | -
            Movie (1999)/movie.mkv                                                     | movie   | Movie                                  | 1999 | -       | -
            Spaces & Ünïcödé (2019) [1080p]/movie.mkv                                  | movie   | Spaces & Ünïcödé                       | 2019 | -       | -
            [TAG] Some Film (2019) [1080p]/video.mkv                                   | movie   | Some Film                              | 2019 | -       | -
            Home.2015.1080p.BluRay.x264-GRP.mkv                                        | movie   | Home                                   | 2015 | -       | -
            Home/Home.mkv                                                              | movie   | Home                                   | -    | -       | -
            Movies/Somewhere.2010.DVDRip.XviD-iLG/i-smwhr.avi                          | movie   | Somewhere                              | 2010 | -       | -
            Breaking.Bad.S05E14.Ozymandias.1080p.WEB-DL.DD5.1.H.264-BS.mkv             | episode | Breaking Bad                           | -    | 5       | 14
            Friends.S01E01-E02.720p.BluRay.x264-GRP                                    | episode | Friends                                | -    | 1       | 1 2
            Friends.1x01-02.DVDRip.XviD                                                | episode | Friends                                | -    | 1       | 1 2
            Wheels.S03E01E02.720p.HDTV.x264-IMMERSE.mkv                                | episode | Wheels                                 | -    | 3       | 1 2
            Lost.S01E01-03.720p                                                        | episode | Lost                                   | -    | 1       | 1 2 3
            The.Office.US.S03.1080p.BluRay.x264-GRP                                    | episode | The Office                             | -    | 3       | -
            Battlestar.Galactica.S00E01.Miniseries.720p                                | episode | Battlestar Galactica                   | -    | 0       | 1
            new.girl.117.hdtv-lol.mp4                                                  | episode | new girl                               | -    | 1       | 17
            Pawn.Stars.S2014E18.720p.HDTV.x264-KILLERS                                 | episode | Pawn Stars                             | 2014 | 2014    | 18
            [SubsPlease] Jujutsu Kaisen - 24 (1080p) [5B4A1D2C].mkv                    | episode | Jujutsu Kaisen                         | -    | -       | 24
            [HorribleSubs] One Piece - 1000 [720p].mkv                                 | episode | One Piece                              | -    | -       | 1000
            [Judas] Vinland Saga - S02E05 [1080p][HEVC x265 10bit].mkv                 | episode | Vinland Saga                           | -    | 2       | 5
            Show Name/Season 02/05 - Title of Episode.mkv                              | episode | Show Name                              | -    | 2       | 5
            /home/u/Downloads/Show/Season 02/05 - Title.mkv                            | episode | Show                                   | -    | 2       | 5
            Show.S01.1080p.WEB-DL/extras/s01e03.mkv                                    | episode | Show                                   | -    | 1       | 3
            Series/Simpsons/Saison 12 Français/Simpsons,.The.12x08.A.Bas.Le.Sergent.avi | episode | The Simpsons                          | -    | 12      | 8
            Something.Season.2.1of4.Ep.Title.HDTV.torrent                              | episode | Something                              | -    | 2       | 1
            Naruto Shippuden Episode 366v2 VOSTFR.avi                                  | episode | Naruto Shippuden                       | -    | -       | 366
            Beyond.S01E02.Tempus.Fugit.720p.FREE.WEBRip.AAC2.0.x264-BTW/gNWDXow11s7E0X7GTDrZ.mkv | episode | Beyond                   | -    | 1       | 2
            Show.S01E01-S01E03.720p                                                    | episode | Show                                   | -    | 1       | 1 2 3
            Kaamelott - 5x44x45x46x47x48x49x50.avi                                     | episode | Kaamelott                              | -    | 5       | 44 45 46 47 48 49 50
            Title.S01-S03.1080p.BluRay.x264-GRP                                        | episode | Title                                  | -    | 1 2 3   | -
            Something.Other.Season.1&3.avi                                             | episode | Something Other                        | -    | 1 3     | -
            [Anime Time] Demon Slayer (Season 4) - 01 [1080p][HEVC 10bit x265].mkv     | episode | Demon Slayer                           | -    | 4       | 1
            Apollo 13 (1995).mkv                                                       | movie   | Apollo 13                              | 1995 | -       | -
            The 40 Year Old Virgin (2005).mkv                                          | movie   | The 40 Year Old Virgin                 | 2005 | -       | -
            [REC] (2007).mkv                                                           | movie   | REC                                    | 2007 | -       | -
            /media/TV/Show Name/Season 1/01.mkv                                        | episode | Show Name                              | -    | 1       | 1
            /tv/Daniel Tiger's Neighborhood/S02E06 - Playtime Is Different.mp4         | episode | Daniel Tiger's Neighborhood            | -    | 2       | 6
            The.Messengers.2015.S01E07.1080p.WEB-DL/QoQ-sbuSLN.462.H.1.5DD.LD-BEW.p0801.70E10S.5102.sregnesseM.ehT.mkv | episode | The Messengers | 2015 | 1 | 7
            """)
    void readsTitleYearSeasonAndEpisodes(String input, String type, String title, Integer year, String seasons,
            String episodes) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.fromWord(type));
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.year()).isEqualTo(year);
        assertThat(p.seasons()).isEqualTo(ints(seasons));
        assertThat(p.episodes()).isEqualTo(ints(episodes));
    }

    private static List<Integer> ints(String s) {
        if (s == null) {
            return List.of();
        }
        return Arrays.stream(s.trim().split(" ")).map(Integer::valueOf).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The.Daily.Show.2015.07.22.Jake.Gyllenhaal.720p.HDTV.x264-BATV.mkv | The Daily Show        | 2015-07-22
            Real.Time.With.Bill.Maher.2014.10.31.HDTV.XviD-AFG.avi            | Real Time With Bill Maher | 2014-10-31
            Date.Show.03-29-2012.HDTV.XViD-FlexGet                            | Date Show             | 2012-03-29
            TNA Impact Wrestling HDTV 2017-06-22 720p H264 AVCHD-SC-SDH       | TNA Impact Wrestling  | 2017-06-22
            """)
    void readsDailyShows(String input, String title, String date) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.date()).isEqualTo(LocalDate.parse(date));
    }

    @Test
    void readsTechnicalProperties() {
        ParsedRelease p = parser.parse(
                "Game.of.Thrones.S08E03.The.Long.Night.REPACK.2160p.AMZN.WEB-DL.DDP5.1.HDR.HEVC-NTb.mkv");
        assertThat(p.episodeTitle()).isEqualTo("The Long Night");
        assertThat(p.screenSize()).isEqualTo("2160p");
        assertThat(p.source()).isEqualTo("Web");
        assertThat(p.videoCodec()).isEqualTo("H.265");
        assertThat(p.audioCodec()).isEqualTo("Dolby Digital Plus");
        assertThat(p.audioChannels()).isEqualTo("5.1");
        assertThat(p.streamingService()).isEqualTo("Amazon Prime");
        assertThat(p.other()).contains("HDR10", "Proper");
        assertThat(p.properCount()).isEqualTo(1);
        assertThat(p.releaseGroup()).isEqualTo("NTb");
        assertThat(p.container()).isEqualTo("mkv");
    }

    @Test
    void readsAnimeGroupCrcAndLanguages() {
        ParsedRelease anime = parser.parse("[Kaylith] Zankyou no Terror - 04 [480p][B4D4514E].mp4");
        assertThat(anime.releaseGroup()).isEqualTo("Kaylith");
        assertThat(anime.crc32()).isEqualTo("B4D4514E");
        assertThat(anime.screenSize()).isEqualTo("480p");

        ParsedRelease dexter = parser.parse("Dexter.5x02.Hello,.Bandit.ENG.-.sub.FR.HDTV.XviD-AlFleNi-TeaM.[tvu.org.ru].avi");
        assertThat(dexter.languages()).containsExactly("en");
        assertThat(dexter.subtitleLanguages()).containsExactly("fr");
        assertThat(dexter.website()).isEqualTo("tvu.org.ru");
        assertThat(dexter.releaseGroup()).isEqualTo("AlFleNi-TeaM");
        assertThat(dexter.episodeTitle()).isEqualTo("Hello, Bandit");
    }

    @Test
    void readsEditionsAndAlternativeTitles() {
        ParsedRelease p = parser.parse("Echec et Mort - Hard to Kill - Steven Seagal Multi 1080p BluRay x264 CCATS.avi");
        assertThat(p.title()).isEqualTo("Echec et Mort");
        assertThat(p.alternativeTitles()).containsExactly("Hard to Kill", "Steven Seagal");
        assertThat(p.languages()).containsExactly("mul");

        ParsedRelease cut = parser.parse("Blade.Runner.1982.Directors.Cut.1080p.BluRay.x264");
        assertThat(cut.title()).isEqualTo("Blade Runner");
        assertThat(cut.editions()).containsExactly("Director's Cut");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ".mkv", "mkv", "...", "[", "]]]", "((((", "-", "/", "\\\\", "/home/u/Downloads/",
        "Только.Кино.2010.mkv", "映画のタイトル.2010.1080p.mkv", "فيلم.عربي.2015.720p.mp4", "[Group] (((Title 01",
        "Title ] 2010 [ 720p", "\uD800broken\uDC00.mkv", "S01E", "S99999E99999", "1x", "2020.20.20.20",
        "Season", "Episode", "Part", "Season 2 3of", "a-b-c-d-e-f", "00000000", "[00000000]"})
    void oddInputGivesAResultWithoutThrowing(String input) {
        ParsedRelease p = parser.parse(input);
        assertThat(p).isNotNull();
        assertThat(p.type()).isNotNull();
        if (p.hasTitle()) {
            assertThat(p.title()).isNotBlank();
        }
    }

    @Test
    void anEmptyOrExtensionOnlyNameHasNoTitle() {
        assertThat(parser.parse("").hasTitle()).isFalse();
        assertThat(parser.parse(null).hasTitle()).isFalse();
        assertThat(parser.parse(".mkv").hasTitle()).isFalse();
        assertThat(parser.parse("/movies/.mkv").hasTitle()).isFalse();
    }

    @Test
    void namesInOtherScriptsKeepTheirTitle() {
        assertThat(parser.parse("Только.Кино.2010.1080p.mkv").title()).isEqualTo("Только Кино");
        assertThat(parser.parse("映画のタイトル.2010.1080p.mkv").title()).isEqualTo("映画のタイトル");
        assertThat(parser.parse("فيلم.عربي.2015.720p.mp4").title()).isEqualTo("فيلم عربي");
        assertThat(parser.parse("Только.Кино.2010.1080p.mkv").year()).isEqualTo(2010);
    }
}
