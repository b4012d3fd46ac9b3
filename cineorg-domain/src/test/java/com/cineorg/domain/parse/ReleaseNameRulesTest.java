package com.cineorg.domain.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General naming rules of scene, P2P and anime releases, each shown on names written for these tests. */
class ReleaseNameRulesTest {
    private final ReleaseNameParser parser = new ReleaseNameParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a language after the group names the language of the file (subtitles, dubs)
            Harbor.Lights.S03E07.720p.HDTV.x264-FLEET.eng.srt                   | FLEET
            Harbor.Lights.S03E07.720p.HDTV.x264-FLEET.English.srt               | FLEET
            Cold.River.2018.1080p.BluRay.x264-NOVA-German.mkv                   | NOVA
            # a format word glued before the group is not part of it
            Cold.River.2018.SPANISH.AUDIO-TORRE                                 | TORRE
            Cold.River.2018.BluRay.VC1.1080P.WMV-TORRE                          | TORRE
            # audio and subtitle notes after the group, set apart by a field dash
            Harbor.Lights.S02E01.720p.HDTV.x264-Marea.-.Dual.Audio.-.Dublado    | Marea
            # the free last word after a run of tags holding a technical one
            Cold.River.2018.1080p.BluRay.x264.AC3.Hindi.Eng.DRKN                | DRKN
            Cold.River.2018.2160p.WEBRip.Eng.ZEPH.mkv                           | ZEPH
            Cold River (2018) (1080p BluRay x265 10bit AAC 5.1 Spanish Zorro)   | Zorro
            Cold.River.2018.720p.BrRip.x264.YIFY.mp4                            | YIFY
            Cold.River.2018.1080p.WEBRip.x264.AAC5.1-[YTS.LT].mp4               | YTS.LT
            # a tag or a site glued to the group stays with it, as the reference parser writes it
            Harbor.Lights.S03E07.1080p.HEVC.x265-Tide[eztv.re].mkv              | Tide[eztv.re]
            Harbor Lights S03E07 720p HDTV x264-FLEET [TGx]                     | FLEET [TGx]
            # channels written 5.1Ch, then a group after a field dash
            Harbor.Lights.S03E07.WEB-DL.x264.5.1Ch.-.Crew                       | Crew
            # an opening [group] is the group whatever words it holds
            [r.3.3.d] Harbor Lights - 07 [720p].mkv                             | r.3.3.d
            [a.b.c.d] Harbor Lights - 07 [720p].mkv                             | a.b.c.d
            # the disc of a split release follows the group
            Cold.River.2018.DVDRip.XviD-NOVA.CD1.avi                            | NOVA
            Cold.River.2018.DVDRip.XviD-NOVA.Part2.avi                          | NOVA
            # a lone word in square brackets after the episode, ahead of the bracketed tags
            Harbor_Lights_-_07_[Kawa][720p].mkv                                 | Kawa
            Harbor.Lights.-.07.(2021).[Kawa][WEBRip].[720p]                     | Kawa
            # [Batch] and [END] say what the release holds, not who made it
            [Kawa] Harbor Lights (01-04) [1080p] [Batch]                        | Kawa
            [Kawa] Harbor Lights - 12 [1080p] [END].mkv                         | Kawa
            # a dotted suffix after the group stays with it, as the reference parser writes it
            Cold.River.2018.1080p.BluRay.x264-NOVA.1                            | NOVA.1
            Cold.River.2018.720p.BluRay.x264-NTb.2                              | NTb.2
            Harbor.Lights.S03E07.720p.HDTV.x264-FLEET.1                         | FLEET.1
            Harbor.Lights.2016.05.18.720p.HDTV.x264-FLEET.VTV                   | FLEET.VTV
            Old.Maps.2020.1080p.WEB-DL.DDP5.1.H.264-TERRA.1.mkv                 | TERRA.1
            Old Maps 2020 1080p WEB-DL H 264-TERRA.2                            | TERRA.2
            Tidewater.1999.DVDRip.XviD-ZORRO.2.avi                              | ZORRO.2
            Harbor.Lights.S03E07.1080p.WEB.h264-FLEET.rartv                     | FLEET.rartv
            Tidewater.1999.DVDRip.XviD-ZORRO.CD2.avi                            | ZORRO
            Tidewater.1999.DVDRip.XviD-ZORRO.sample.avi                         | ZORRO
            # a fix marker written after the group is not part of it
            Cold.River.2018.1080p.BluRay.x264-NOVA.REPACK                       | NOVA
            Cold.River.2018.1080p.BluRay.x264-NOVA.Proper                       | NOVA
            Harbor.Lights.S03E07.720p.HDTV.x264-FLEET.RERIP                     | FLEET
            # an extras, trailer, subtitle or version marker after the group is not part of it
            Cold.River.2018.1080p.BluRay.x264-NOVA.Extras                       | NOVA
            Cold.River.2018.1080p.BluRay.x264-NOVA.Trailer                      | NOVA
            Cold.River.2018.1080p.BluRay.x264-NOVA.Subs                         | NOVA
            Harbor.Lights.S01E01.720p.HDTV.x264-FLEET.V2                        | FLEET
            # a bracketed tag after a group glued by a dash, square or round, as the reference parser writes it
            Harbor Lights S03E07 1080p WEB H.264 -FLEET (CR).mkv                | FLEET (CR)
            Harbor Lights S03E08 1080p WEB H.264 -FLEET (B-Global).mkv          | FLEET (B-Global)
            Cold River 2018 1080p WEB H.264 -NOVA (AMZN).mkv                    | NOVA (AMZN)
            Old.Maps.2020.1080p.WEBRip.x264-TERRA[TGx]                          | TERRA[TGx]
            Tidewater 1999 720p BluRay x264 -ZORRO [rarbg]                      | ZORRO [rarbg]
            # a tag after the group and a dot, as the reference parser writes it
            Old.Maps.S02E05.720p.HDTV.x264-SVA.[VTV].mp4                        | SVA.[VTV]
            Harbor.Lights.S01E01.HDTV.x264-FLEET.[eztv].mkv                     | FLEET.[eztv]
            Cold.River.2018.1080p.BluRay.x264-NOVA.[rarbg]                      | NOVA.[rarbg]
            # a file size in its own bracket closes the name after the group
            Old Maps 2020 1080p WEBRip x264-TERRA [TGx] [2.1GB]                 | TERRA [TGx]
            Old Maps 2020 1080p WEBRip x264-TERRA [700MB]                       | TERRA
            [Kawa] Harbor Lights - 07 [1080p] [350MB].mkv                       | Kawa
            # a known distributor alone in the closing bracket signs the release
            Tidewater (1999) 720p BluRay [800MB] [YTS]                          | YTS
            Cold River (2018) [1080p] [BluRay] [YTS]                            | YTS
            Cold River 2018 1080p BluRay x264 [RARBG]                           | RARBG
            # a free last word after a bracket of tags
            Harbor.Lights.S01E01.720p.WEBRip.x264.[MKV,AC3,5.1].Zorro          | Zorro
            Cold.River.2018.720p.WEBRip.x264.[AAC].NOVA                         | NOVA
            Harbor.Lights.S06E10.1080p.WEB-DL.DUAL.[Dublado].RK                 | RK
            Cold.River.2018.1080p.BluRay.x264.[Dual.Audio].NOVA                 | NOVA
            Cold.River.2018.1080p.BluRay.[x264].NOVA                            | NOVA
            Cold River 2018 1080p BluRay [x264 DTS] NOVA                        | NOVA
            # a lone title after bracketed tags is no group
            [1080p][x264] Tidewater.mkv                                         | -
            # a subtitle marker is never the group
            Cold River (2018) Tamil HDRip - 1080p - x264 - 2.5GB - ESub.mkv     | -
            """)
    void readsTheReleaseGroup(String input, String group) {
        assertThat(parser.parse(input).releaseGroup()).isEqualTo(group);
    }

    @Test
    void readsChannelsWrittenWithCh() {
        ParsedRelease p = parser.parse("Harbor.Lights.S03E07.WEB-DL.x264.5.1Ch.-.Crew");
        assertThat(p.audioChannels()).isEqualTo("5.1");
        assertThat(p.episodes()).containsExactly(7);
    }

    @Test
    void aNumberSetApartAfterTheYearIsTheEpisodeNotAYearSeason() {
        ParsedRelease p = parser.parse("[Kawa] Harbor Lights (2021) - 04 [1080p].mkv");
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo("Harbor Lights");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.seasons()).isEmpty();
        assertThat(p.episodes()).containsExactly(4);
        assertThat(p.releaseGroup()).isEqualTo("Kawa");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [Kawa]_Harbor_Lights_2_-_05-08_(31-34)_[720p].mkv | 5 6 7 8 | 31 32 33 34
            [Kawa] Harbor Lights - 13 (37) [1080p].mkv        | 13      | 37
            """)
    void readsAnAbsoluteNumberInParenthesesAfterTheEpisode(String input, String episodes, String absolute) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.episodes()).isEqualTo(ints(episodes));
        assertThat(p.absoluteEpisodes()).isEqualTo(ints(absolute));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbor.Lights.S01E01.Pilot.720p.HDTV.x264-FLEET             | Pilot
            Harbor.Lights.S02E05.St.Elmos.Fire.1080p.WEB.x264-FLEET     | St Elmos Fire
            Harbor.Lights.S02E10.Winter.Special.720p.HDTV.x264-FLEET    | Winter Special
            Night.Talk.2021.03.04.Guest.Person.720p.WEB.h264-TALK       | Guest Person
            Night Talk - 2021-03-04 - Guest Person.mkv                  | Guest Person
            """)
    void readsTheEpisodeTitle(String input, String episodeTitle) {
        assertThat(parser.parse(input).episodeTitle()).isEqualTo(episodeTitle);
    }

    @Test
    void anAirDateKeepsItsShowTitle() {
        ParsedRelease p = parser.parse("Night.Talk.2021.03.04.Guest.Person.720p.WEB.h264-TALK");
        assertThat(p.title()).isEqualTo("Night Talk");
        assertThat(p.date()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(p.releaseGroup()).isEqualTo("TALK");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            www.SomeSite.cafe - Cold River (2018) 1080p HDRip.mkv                 | www.SomeSite.cafe | -
            [ www.SomeSite.xyz ] - Cold.River.2018.1080p.WEBRip.x264-NOVA.mkv    | www.SomeSite.xyz  | NOVA
            """)
    void aLeadingSiteOfAnyDomainIsNotTheTitle(String input, String website, String group) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo("Cold River");
        assertThat(p.year()).isEqualTo(2018);
        assertThat(p.website()).isEqualTo(website);
        assertThat(p.releaseGroup()).isEqualTo("-".equals(group) ? null : group);
    }

    @Test
    void aFileWritingTheTitleWithoutSpacesTakesTheFolderSpelling() {
        ParsedRelease p = parser.parse("Cold.River.2018.1080p.BluRay.x264-NOVA/nova-coldriver-1080p.mkv");
        assertThat(p.title()).isEqualTo("Cold River");
        assertThat(p.year()).isEqualTo(2018);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            harbor.lights.2019.305.hdtv-fleet.mkv            | Harbor Lights | 2019 | 3 | 5
            Harbor.Lights.2019.412.The.Long.Night.avi        | Harbor Lights | 2019 | 4 | 12
            """)
    void readsAThreeDigitEpisodeAfterTheShowYear(String input, String title, int year, int season, int episode) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualToIgnoringCase(title);
        assertThat(p.year()).isEqualTo(year);
        assertThat(p.seasons()).containsExactly(season);
        assertThat(p.episodes()).containsExactly(episode);
    }

    @Test
    void aResolutionAfterTheYearIsNotAnEpisode() {
        ParsedRelease p = parser.parse("Cold.River.2018.720.BluRay.x264-NOVA.mkv");
        assertThat(p.type()).isEqualTo(MediaType.MOVIE);
        assertThat(p.episodes()).isEmpty();
    }

    @Test
    void anEpisodeMarkerOpeningATagOnlyNameIsTheEpisode() {
        ParsedRelease p = parser.parse("Harbor Lights/Season 03/e07.1080p.bluray.x264-fleet.mkv");
        assertThat(p.title()).isEqualTo("Harbor Lights");
        assertThat(p.seasons()).containsExactly(3);
        assertThat(p.episodes()).containsExactly(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [Kawa] Harbor Lights - 07 ~ 08 [1080p].mkv    | Harbor Lights | 7 8
            [Kawa] Harbor Lights - 01~04 [1080p]          | Harbor Lights | 1 2 3 4
            [Kawa] Harbor Lights [01-04] [1080p]          | Harbor Lights | 1 2 3 4
            [Kawa] Harbor Lights (01-04) [1080p] [Batch]  | Harbor Lights | 1 2 3 4
            [Kawa] 86 - 07 [1080p].mkv                    | 86            | 7
            """)
    void readsAnimeRangesAndNumberTitles(String input, String title, String episodes) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.episodes()).isEqualTo(ints(episodes));
        assertThat(p.releaseGroup()).isEqualTo("Kawa");
    }

    @Test
    void dolbyIsAnAudioCodecAmongTagsAndATitleWordBeforeThem() {
        ParsedRelease tagged = parser.parse("Harbor.Lights.S02E03.x265.Dolby.2.0.TQM7.mp4");
        assertThat(tagged.audioCodec()).isEqualTo("Dolby Digital");
        assertThat(tagged.audioChannels()).isEqualTo("2.0");
        assertThat(tagged.releaseGroup()).isEqualTo("TQM7");
        assertThat(parser.parse("The.Dolby.Family.2018.1080p.BluRay.x264-NOVA").title()).isEqualTo("The Dolby Family");
        assertThat(parser.parse("Dolby.Street.S01E02.720p.HDTV.x264-FLEET").title()).isEqualTo("Dolby Street");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbor Lights The Complete Season 2 720p                          | Harbor Lights
            Harbor.Lights.Complete.Season.2.720p.HDTV.x264-FLEET              | Harbor Lights
            Harbor Lights The Complete Seasons 1 to 3 720p BluRay x264-FLEET  | Harbor Lights
            The.Complete.2019.1080p.BluRay.x264-NOVA                          | The Complete
            """)
    void completeBeforeASeasonIsNotATitleWord(String input, String title) {
        assertThat(parser.parse(input).title()).isEqualTo(title);
    }

    @Test
    void aContainerNamedInsideTheNameIsATagNotPartOfTheEpisodeTitle() {
        ParsedRelease p = parser.parse("Harbor.Lights.S01E05.Undertow.wmv.720p.WEBdl.x264-FLEET.mkv");
        assertThat(p.episodeTitle()).isEqualTo("Undertow");
        assertThat(p.container()).isEqualTo("mkv");
        assertThat(p.releaseGroup()).isEqualTo("FLEET");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbor.Lights.2019.Winter.Special.HDTV.x264-FLEET.mp4    | Harbor Lights | Winter Special
            Harbor.Lights.2019.Special.avi                           | Harbor Lights | Special
            """)
    void aSpecialAfterTheShowYearIsAnEpisodeWithItsTitle(String input, String title, String episodeTitle) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.year()).isEqualTo(2019);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
    }

    @Test
    void iTunesHdIsAStreamingTag() {
        ParsedRelease p = parser.parse("Harbor.Lights.S03E02.The.Quiet.Shore.iTunesHD.x264");
        assertThat(p.episodeTitle()).isEqualTo("The Quiet Shore");
        assertThat(p.streamingService()).isEqualTo("iTunes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a name that yields a title and nothing else, in a folder that names a whole movie release
            Cold.River.2018.1080p.BluRay.x264-NOVA/zq81.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/disc.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/clip07.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/7.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/programme.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/nv-xq.mkv
            Cold.River.2018.1080p.BluRay.x264-NOVA/zq81.French.mkv
            """)
    void aBareFileNameInAMovieReleaseFolderIsThatRelease(String input) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.MOVIE);
        assertThat(p.title()).isEqualTo("Cold River");
        assertThat(p.year()).isEqualTo(2018);
        assertThat(p.releaseGroup()).isEqualTo("NOVA");
        assertThat(p.screenSize()).isEqualTo("1080p");
    }

    @Test
    void aBareFileNameInAnEpisodeOrDailyReleaseFolderTakesItsEpisode() {
        ParsedRelease ep = parser.parse("Harbor.Lights.S02E05.720p.WEB-FLEET/k2j9.mkv");
        assertThat(ep.type()).isEqualTo(MediaType.EPISODE);
        assertThat(ep.title()).isEqualTo("Harbor Lights");
        assertThat(ep.seasons()).containsExactly(2);
        assertThat(ep.episodes()).containsExactly(5);
        ParsedRelease daily = parser.parse("Night.Talk.2021.03.04.720p.WEB-FLEET/x7k2.mkv");
        assertThat(daily.title()).isEqualTo("Night Talk");
        assertThat(daily.date()).isEqualTo(LocalDate.of(2021, 3, 4));
    }

    @Test
    void theFileKeepsItsOwnFieldsAndTakesOnlyWhatItLacksFromTheReleaseFolder() {
        ParsedRelease ep = parser.parse("Harbor.Lights.S02.720p.WEB-FLEET/ep05.mkv");
        assertThat(ep.title()).isEqualTo("Harbor Lights");
        assertThat(ep.seasons()).containsExactly(2);
        assertThat(ep.episodes()).containsExactly(5);
        ParsedRelease uhd = parser.parse("Cold.River.2018.1080p.BluRay.x264-NOVA/Cold.River.2160p.mkv");
        assertThat(uhd.year()).isEqualTo(2018);
        assertThat(uhd.screenSize()).isEqualTo("2160p");
        ParsedRelease other = parser.parse("Cold.River.2018.1080p.BluRay.x264-NOVA/Tidewater.2011.mkv");
        assertThat(other.title()).isEqualTo("Tidewater");
        assertThat(other.year()).isEqualTo(2011);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a folder without a year or an episode marker names no release: the file keeps its title
            Films To Watch/Tidewater.mkv                                  | Tidewater
            My Collection/Tidewater.mkv                                   | Tidewater
            Boxed Set/clip07.mkv                                          | clip07
            # only the nearest folder counts: a plain subfolder of a release stands between them
            Cold.River.2018.1080p.BluRay.x264-NOVA/Bonus Reel/clip07.mkv  | clip07
            """)
    void aBareFileNameInANeutralFolderKeepsItsTitle(String input, String title) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.year()).isNull();
    }

    @Test
    void anEpisodeTitleInASeasonFolderStaysTheEpisodeTitle() {
        ParsedRelease p = parser.parse("Harbor Lights/Season 2/Undertow.mkv");
        assertThat(p.title()).isEqualTo("Harbor Lights");
        assertThat(p.seasons()).containsExactly(2);
        assertThat(p.episodeTitle()).isEqualTo("Undertow");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a Blu-ray source at 2160p (or 4K) is an Ultra HD Blu-ray, wherever the two words sit
            Cold.River.2018.2160p.BluRay.x265-NOVA                            | Ultra HD Blu-ray
            Cold.River.2018.4K.BluRay.x265-NOVA                               | Ultra HD Blu-ray
            Cold River 2018 4K UHD HDR BluRay 2160p x265-NOVA                 | Ultra HD Blu-ray
            Cold.River.2018.UHD.2160p.HDR.BluRay.REMUX-NOVA                   | Ultra HD Blu-ray
            Cold.River.2018.BluRay.2160p.DTS-HD.MA.5.1.HEVC.REMUX-NOVA        | Ultra HD Blu-ray
            Cold.River.2018.2160p.BDRip.x265-NOVA                             | Ultra HD Blu-ray
            Tidewater.1999.4K.2160p.UHD.HQ.8bit.BluRay.8CH.x265.HEVC-ZORRO    | Ultra HD Blu-ray
            Harbor.Lights.S01E02.2160p.BluRay.x265-FLEET                      | Ultra HD Blu-ray
            [Kawa] Harbor Lights - 03 [BD 2160p HEVC].mkv                     | Ultra HD Blu-ray
            Old.Maps.2020.2160p.UHD.BluRay.x265-TERRA                         | Ultra HD Blu-ray
            # the same at a lower size, or a 4K restoration of a 1080p release, stays Blu-ray
            Cold.River.2018.1080p.BluRay.x264-NOVA                            | Blu-ray
            Cold.River.2018.1080p.BluRay.4K.RESTORED.x264-NOVA                | Blu-ray
            Harbor.Lights.S01E02.2160p.AMZN.WEB-DL.DDP5.1.H.265-FLEET         | Web
            """)
    void readsAnUltraHdBluRay(String input, String source) {
        assertThat(parser.parse(input).source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # numbers right after an explicit marker name the episode
            Harbor.Lights.S01E10.24.1080p.NF.WEBRip.AAC2.0.x264-FLEET         | 24
            Harbor.Lights.S01E03.33.720p.BluRay.x264-FLEET                    | 33
            Old.Reactor.S01E01.1.23.45.1080p.AMZN.WEB-DL.DDP5.1.H.264-TERRA   | 1 23 45
            Harbor.Lights.S03E01.1.720p.HDTV.x264-FLEET                       | 1
            Harbor Lights - 3x07 - 42.mkv                                     | 42
            Harbor Lights S01E10 24 1080p WEB h264-FLEET                      | 24
            # a number, even a year, opening the words after the marker belongs to the episode title
            Harbor.Lights.S01E01.2000.Light.Years.720p.HDTV.x264-FLEET        | 2000 Light Years
            Harbor Lights - S07E22 - 2000 Light Years from Home.mkv           | 2000 Light Years from Home
            Harbor.Lights.S03E07.101.Dalmatians.720p.HDTV.x264-FLEET          | 101 Dalmatians
            Harbor.Lights.S02E03.3.Days.Later.720p.HDTV.x264-FLEET            | 3 Days Later
            # "Episode N" right after the marker is the episode title, not a second numbering
            Harbor.Lights.S02E06.Episode.6.1080p.NF.WEB-DL.DDP5.1.x264-FLEET  | Episode 6
            Harbor Lights - S02E31 - Episode 55 (720p.HDTV)                   | Episode 55
            Old.Reactor.S01E01.Episode.1.1080p.NF.WEBRip.x264-TERRA           | Episode 1
            # a year alone after the marker stays the year; a 0-padded number is no title
            Harbor.Lights.S01E04.1985.720p.HDTV.x264-FLEET                    | -
            Harbor.Lights.S01E01.02.720p.HDTV.x264-FLEET                      | -
            """)
    void readsAnEpisodeTitleThatStartsWithANumber(String input, String episodeTitle) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
        assertThat(p.absoluteEpisodes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a usual height written without its "p", next to a technical word, is the screen size
            Harbor.Lights.S01E01.720.HDTV.x264-FLEET                          | 720p
            Harbor.Lights.S02E05.1080.WEB.x264-FLEET                          | 1080p
            Harbor.Lights.2016.05.18.720.HDTV.x264-FLEET                      | 720p
            Cold River (2018) BRrip 720 AAC x264.mkv                          | 720p
            Cold.River.2018.1080.BluRay.x264-NOVA                             | 1080p
            [Kawa].Harbor.Lights.-.06.[720.Hi10p][1F5578AC]                   | 720p
            [Kawa] Harbor Lights - 06 [1080 x264][1F5578AC].mkv               | 1080p
            Cold River 2018 DVDRip 480 XviD-NOVA                              | 480p
            Old Maps 2020 WEB-DL 2160 HEVC-TERRA                              | 2160p
            # a title number keeps its place
            Route.1080.2019.720p.BluRay.x264-NOVA                             | 720p
            Route 1080 (2019).mkv                                             | -
            """)
    void readsAHeightWrittenWithoutItsP(String input, String screen) {
        assertThat(parser.parse(input).screenSize()).isEqualTo(screen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the number set apart by a field dash after a bracket of tags is the episode
            [Kawa] Harbor Lights (1920x1080 Blu-ray FLAC) - 05 [2A7E1D1C].mkv | Harbor Lights | 5  | Kawa
            [Rina] Old Maps (1920x1080 Blu-ray FLAC) - 01 [5F5F5F5F].mkv      | Old Maps      | 1  | Rina
            [Doma] Tidewater (1280x720 h264 BD FLAC) - 03 [ABCD1234].mkv      | Tidewater     | 3  | Doma
            [Kawa] Harbor Lights (BD 1080p FLAC) - 07 [1F2E3D4C].mkv          | Harbor Lights | 7  | Kawa
            [Kawa] Harbor Lights (1280x720 x264 AAC) - 11v2 [1F2E3D4C].mkv    | Harbor Lights | 11 | Kawa
            [Rina] Old Maps (Hi10P 720p) - 24.mkv                             | Old Maps      | 24 | Rina
            [Kawa] Harbor Lights - 07 (BD 1080p FLAC) [1F2E3D4C].mkv          | Harbor Lights | 7  | Kawa
            """)
    void readsAnAnimeEpisodeAfterABracketOfTags(String input, String title, int episode, String group) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.episodes()).containsExactly(episode);
        assertThat(p.releaseGroup()).isEqualTo(group);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a codec closing a release name without extension is the codec, not a file extension
            Cold.River.2018.DVDRip.XviD                                       | Xvid  | -
            Harbor.Lights.S01E01.HDTV.xvid                                    | Xvid  | -
            Old.Maps.2020.720p.BluRay.H264                                    | H.264 | -
            Old.Maps.2020.720p.BluRay.HEVC                                    | H.265 | -
            Cold.River.2018.1080p.WEB-DL.DD+5.1.H.264                         | H.264 | -
            Cold River 2018 1080p WEB-DL DD+5.1 H.264                         | H.264 | -
            Tidewater.1999.1080p.WEB-DL.DDP5.1.H.265                          | H.265 | -
            Harbor.Lights.2015.10.11.XviD                                     | Xvid  | -
            Harbor.Lights.S01E02.The.Tide.HDTV.xvid                           | Xvid  | -
            # a real extension still is one
            Cold.River.2018.DVDRip.XviD-NOVA.divx                             | Xvid  | divx
            clip.h264                                                         | -     | h264
            """)
    void readsACodecThatEndsTheName(String input, String codec, String container) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.videoCodec()).isEqualTo(codec);
        assertThat(p.container()).isEqualTo(container);
        assertThat(p.releaseGroup()).isNotEqualTo("H");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # DM among the tags is a digital master; as a title word or a group it is not
            Harbor.Lights.S01E03.1080p.DM.AAC2.0.x264-FLEET                   | Digital Master | Harbor Lights
            Old.Maps.S2015E04.The.Coast.720p.DM.AAC2.0.x264-TERRA             | Digital Master | Old Maps
            Cold.River.2018.1080p.DM.FLAC2.0.x264-NOVA                        | Digital Master | Cold River
            DM.Notes.2018.1080p.WEB.x264-NOVA                                 | Web            | DM Notes
            Cold.River.2018.1080p.BluRay.x264-DM                              | Blu-ray        | Cold River
            # BlurayMUX is a Blu-ray remux
            Harbor.Lights.S03.1080p.BlurayMUX.AVC.DTS-HD.MA                   | Blu-ray        | Harbor Lights
            Cold.River.2018.1080p.BluRayMUX.x264-NOVA                         | Blu-ray        | Cold River
            """)
    void readsDigitalMasterAndMuxSources(String input, String source, String title) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.source()).isEqualTo(source);
        assertThat(p.title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a part inside an episode title that goes on after it belongs to the title
            Harbor.Lights.S08E16.Elements.Part.1.Skyhooks.720p.WEB-DL.AAC2.0.H.264-FLEET.mkv | Elements Part 1 Skyhooks     | -
            Harbor.Lights.S06E17.The.End.Part.1.and.2.720p.BluRay.x264-FLEET                 | The End Part 1 and 2         | -
            Old.Maps.S01E02.The.Deep.Part.Two.The.Return.1080p.WEB.h264-TERRA                | The Deep Part Two The Return | -
            # a part closing the title, or opening it (where the reference parser names no episode), is still the part
            Harbor.Lights.S05E16.The.Incident.Part.1.720p.BluRay.x264-FLEET                  | The Incident                 | 1
            Harbor.Lights.S03E08.Part.8.1080p.WEB-DL.DD5.1.H.264-FLEET                       | -                            | 8
            Old.Maps.S02E03.Pt.1.The.Start.720p.HDTV.x264-TERRA                              | -                            | 1
            """)
    void readsAPartInsideAnEpisodeTitle(String input, String episodeTitle, Integer part) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
        assertThat(p.part()).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the episode number set apart after a part of the show's name
            [Kawa] Harbor Lights - The Final Season Part 2 - 01 [1080p][Multiple Subtitle].mkv | Harbor Lights  | 1
            [Kawa] Harbor Lights Part 2 - 05 [1080p].mkv                                       | Harbor Lights  | 5
            [Rina] Old Maps - Second Voyage Part 1 - 12 (1080p) [ABCD1234].mkv                 | Old Maps       | 12
            # a title that starts with a number keeps it when the episode number comes later
            [Kawa] 86 Eighty Six - 05 [1080p].mkv                                              | 86 Eighty Six  | 5
            [Rina] 91 Days Later - 03 (720p) [ABCD1234].mkv                                    | 91 Days Later  | 3
            [Kawa] 07 - The Tide [1080p].mkv                                                   | The Tide       | 7
            """)
    void readsAnAnimeEpisodeNumberAfterNumbersInTheName(String input, String title, int episode) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.type()).isEqualTo(MediaType.EPISODE);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.episodes()).containsExactly(episode);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a language code that is also a word is a title word, unless written as a tag or among languages
            Harbor.Lights.S04E01.Fire.and.Ice.720p.WEB.h264-FLEET                  | Fire and Ice   | -
            Harbor.Lights.S04E04.Top.Cat.1080p.AMZN.WEB-DL.DDP5.1.H.264-FLEET      | Top Cat        | -
            Harbor.Lights.S04E05.Shark.Fin.720p.HDTV.x264-FLEET                    | Shark Fin      | -
            Harbor.Lights.S04E07.Steely.Dan.720p.HDTV.x264-FLEET                   | Steely Dan     | -
            Harbor.Lights.S04E02.Tales.of.Ara.720p.WEB.h264-FLEET                  | Tales of Ara   | -
            harbor.lights.s04e01.fire.and.ice.720p.web.h264-fleet                  | fire and ice   | -
            Harbor Lights - S04E01 - Fire and Ice [720p].mkv                       | Fire and Ice   | -
            Harbor.Lights.S04E03.Fire.and.Ice.PROPER.720p.WEB.h264-FLEET           | Fire and Ice   | -
            Harbor.Lights.S04E09.Black.Ice.ITA.720p.HDTV.x264-FLEET                | Black Ice      | it
            Harbor.Lights.S04E10.Black.Ice.FRENCH.720p.HDTV.x264-FLEET             | Black Ice      | fr
            Harbor.Lights.S04E11.Thin.Ice.FIN.720p.HDTV.x264-FLEET                 | Thin Ice       | fi
            """)
    void readsALanguageCodeThatIsAlsoAWordAsATitleWord(String input, String episodeTitle, String language) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
        assertThat(p.languages()).isEqualTo(language == null ? List.of() : List.of(language));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fat.Cat.720p.BluRay.x264-NOVA                                          | Fat Cat
            Cold Ice 720p BluRay x264-NOVA                                         | Cold Ice
            """)
    void keepsALanguageCodeThatIsAlsoAWordInTheTitle(String input, String title) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.languages()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Cold.River.2018.ITA.ENG.FIN.1080p.WEB.h264-NOVA                        | it en fi
            Cold.River.2018.Ita.Eng.Fin.1080p.WEB.h264-NOVA                        | it en fi
            Cold.River.2018.FIN.1080p.WEB.h264-NOVA                                | fi
            """)
    void readsALanguageCodeThatIsAlsoAWordAmongLanguages(String input, String languages) {
        assertThat(parser.parse(input).languages()).containsExactly(languages.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a tag word closing the title right before the year stays in the title, also after "Final"
            The.Final.Cut.2004.1080p.BluRay.x264-NOVA                              | The Final Cut
            The.Final.Edition.2019.1080p.WEB.h264-NOVA                             | The Final Edition
            The Final Version (2015) 720p BluRay                                   | The Final Version
            Tidewater.Final.Collection.2021.1080p.WEB.h264-NOVA                    | Tidewater Final Collection
            The.Final.Countdown.1980.1080p.BluRay.x264-NOVA                        | The Final Countdown
            """)
    void keepsATagWordAfterFinalInATitle(String input, String title) {
        assertThat(parser.parse(input).title()).isEqualTo(title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a tag word written like a title word opens the episode title when words follow it
            Harbor.Lights.S02E11.Web.of.Lies.720p.HDTV.x264-FLEET                  | Web of Lies         | HDTV
            Harbor.Lights.S02E21.Cam.Girl.720p.HDTV.x264-FLEET                     | Cam Girl            | HDTV
            Harbor.Lights.S03E06.Netflix.and.Chill.720p.HDTV.x264-FLEET            | Netflix and Chill   | HDTV
            Harbor.Lights.S02E13.Uncut.Gems.720p.HDTV.x264-FLEET                   | Uncut Gems          | HDTV
            Harbor.Lights.S02E06.Extended.Family.720p.HDTV.x264-FLEET              | Extended Family     | HDTV
            Harbor.Lights.S02E14.Remastered.Memories.720p.WEB.h264-FLEET           | Remastered Memories | Web
            # written as a tag, or with no word after it, it stays a tag
            Harbor.Lights.S02E11.WEB.h264-FLEET                                    | -                   | Web
            Harbor.Lights.S02E06.EXTENDED.The.Tide.720p.HDTV.x264-FLEET            | The Tide            | HDTV
            """)
    void readsATagWordOpeningAnEpisodeTitle(String input, String episodeTitle, String source) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
        assertThat(p.source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a scene file name opens with the group, or a short form of it: the release folder tells the rest
            Cold.River.2018.720p.BluRay.x264-SPARKS/sparks-coldriver-720p.mkv               | Cold River    | SPARKS
            Cold.River.2018.REPACK.DVDRip.XviD-NOVA/nv-repack-coldriver.dvdrip.xvid.avi     | Cold River    | NOVA
            Old.Maps.2020.1080p.BluRay.x264-AMIABLE/amiable-oldmaps-1080p.mkv               | Old Maps      | AMIABLE
            Tidewater.1999.DVDRip.XviD-ZORRO/zr-tidewater.avi                               | Tidewater     | ZORRO
            # a prefix that is the group itself stays the file's group, as the file writes it
            Cold.River.2018.1080p.BluRay.x264-NOVA/nova-coldriver-1080p.mkv                 | Cold River    | nova
            Harbor.Lights.S01E01.720p.HDTV.x264-FLEET/fleet-harborlights-s01e01.mkv         | Harbor Lights | fleet
            """)
    void readsASceneFileNameInItsReleaseFolder(String input, String title, String group) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.releaseGroup()).isEqualTo(group);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the language and flags of a subtitle file follow the group
            Cold.River.2018.1080p.BluRay.x264-NOVA.pt-BR.srt                       | NOVA  | pt-BR
            Cold.River.2018.1080p.BluRay.x264-NOVA.eng.forced.srt                  | NOVA  | en
            Cold.River.2018.1080p.BluRay.x264-NOVA.en.sdh.srt                      | NOVA  | en
            Cold.River.2018.1080p.BluRay.x264-NOVA.English.SDH.srt                 | NOVA  | en
            Cold.River.2018.1080p.BluRay.x264-NOVA.spa.srt                         | NOVA  | es
            Harbor.Lights.S01E01.720p.HDTV.x264-FLEET.en.hi.srt                    | FLEET | en
            Harbor.Lights.S01E01.720p.HDTV.x264-FLEET.eng.sdh.srt                  | FLEET | en
            Harbor.Lights.S01E01.720p.HDTV.x264-FLEET.default.en.srt               | FLEET | en
            """)
    void readsTheGroupBeforeTheSuffixOfASubtitleFile(String input, String group, String subtitle) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.releaseGroup()).isEqualTo(group);
        assertThat(p.subtitleLanguages()).containsExactly(subtitle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a tag word right after an article or a preposition is a title word
            Harbor.Lights.S01E11.The.Collection.1080p.WEB.h264-FLEET               | The Collection
            Harbor.Lights.S01E17.The.Greek.1080p.WEB.h264-FLEET                    | The Greek
            Harbor.Lights.S01E09.Into.the.Web.1080p.WEB.h264-FLEET                 | Into the Web
            Harbor Lights - S01E22 - A Night at the Opera Extended [720p].mkv      | A Night at the Opera
            """)
    void readsATagWordAfterAnArticleAsATitleWord(String input, String episodeTitle) {
        assertThat(parser.parse(input).episodeTitle()).isEqualTo(episodeTitle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a year-like number right before the year ends the title
            Wonder.Woman.1984.2020.1080p.WEB-DL.DDP5.1.H.264-NOVA                  | Wonder Woman 1984 | 2020
            Tidewater 1984 (2020) 1080p WEB-DL                                     | Tidewater 1984    | 2020
            Class.of.1999.1990.1080p.BluRay.x264-NOVA                              | Class of 1999     | 1990
            Death.Race.2000.1975.1080p.BluRay.x264-NOVA                            | Death Race 2000   | 1975
            Cold River 1942 (2018).mkv                                             | Cold River 1942   | 2018
            Blade.Runner.2049.2017.1080p.BluRay.x264-NOVA                          | Blade Runner 2049 | 2017
            # a lone year stays the year
            Cold.River.2018.1080p.BluRay.x264-NOVA                                 | Cold River        | 2018
            1984.1984.720p.BluRay.x264-NOVA                                        | 1984              | 1984
            """)
    void readsAYearLikeNumberThatEndsTheTitle(String input, String title, int year) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a bare tag noun written as a title word ends the title; written as a tag, or in an edition, it stays one
            Harbor Lights - 2016-07-08 Montreux Jazz Festival 720p                 | Harbor Lights                  | Montreux Jazz Festival
            Old.Maps.S02E04.Summer.Festival.720p.HDTV.x264-TERRA                   | Old Maps                       | Summer Festival
            Cold.River.Anniversary.Edition.1080p.BluRay.x264-NOVA                  | Cold River Anniversary Edition | -
            Cold.River.Collection.1080p.BluRay.x264-NOVA                           | Cold River Collection          | -
            Cold.River.2018.Directors.Cut.1080p.BluRay.x264-NOVA                   | Cold River                     | -
            """)
    void readsABareTagNounAsTheEndOfATitle(String input, String title, String episodeTitle) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.episodeTitle()).isEqualTo(episodeTitle);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # one file of a movie split over discs or parts, the marker glued to its number or not
            Cold.River.2003.CD2.DVDRip.XviD.avi                   | Cold River | 2003 | 2 | -
            Cold.River.2003.cd1.DVDRip.XviD-NOVA.avi              | Cold River | 2003 | 1 | NOVA
            Cold River (2003) - pt2.avi                           | Cold River | 2003 | 2 | -
            Cold River (2003) CD 2.mkv                            | Cold River | 2003 | 2 | -
            Cold.River.2001.Part1.1080p.BluRay.x264-NOVA.mkv      | Cold River | 2001 | 1 | NOVA
            Cold.River.2001.DVDRip.XviD-NOVA.CD1.avi              | Cold River | 2001 | 1 | NOVA
            # a count of discs is not a part
            Cold.River.2001.2CD.DVDRip.XviD-NOVA.avi              | Cold River | 2001 | - | NOVA
            """)
    void readsThePartOfASplitMovie(String input, String title, int year, Integer part, String group) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.year()).isEqualTo(year);
        assertThat(p.part()).isEqualTo(part);
        assertThat(p.releaseGroup()).isEqualTo(group);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a four-digit number that cannot be SxxEyy, set apart by a field dash: a long-running show's episode
            Harbor Lights - 1071 [1080p].mkv      | Harbor Lights | 1071
            Harbor Lights - 1100.mkv              | Harbor Lights | 1100
            Kawa no Hikari - 1203 (720p).mkv      | Kawa no Hikari | 1203
            """)
    void readsAFourDigitEpisodeSetApartByADash(String input, String title, int episode) {
        ParsedRelease p = parser.parse(input);
        assertThat(p.title()).isEqualTo(title);
        assertThat(p.episodes()).containsExactly(episode);
        assertThat(p.seasons()).isEmpty();
    }

    private static List<Integer> ints(String s) {
        return Arrays.stream(s.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
