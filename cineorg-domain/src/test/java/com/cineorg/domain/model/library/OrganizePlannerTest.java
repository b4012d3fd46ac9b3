package com.cineorg.domain.model.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.cineorg.domain.model.media.MediaType;
import com.cineorg.domain.model.media.ParsedRelease;
import com.cineorg.domain.model.media.Sidecar;
import com.cineorg.domain.model.media.SidecarKind;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganizePlannerTest {
    private static final Path LIB = Path.of("/lib");
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<Path, TargetProbe.Existing> disk = new HashMap<>();
    private final TargetProbe probe = (target, source) -> Optional.ofNullable(disk.get(target));

    private static PlanInput input(long id, String source, ParsedRelease p, Sidecar... sidecars) {
        return new PlanInput(id, Path.of(source), 100, T, NamingData.fromParsed(p), List.of(sidecars), null,
                Quality.of(p), "PARSED");
    }

    private static ParsedRelease heat(String resolution) {
        return ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995).screenSize(resolution)
                .source("Blu-ray").build();
    }

    private OrganizePlan plan(CollisionPolicy policy, PlanInput... inputs) {
        return new OrganizePlanner(NamingScheme.PLEX, NameSanitizer.standard(), policy)
                .plan(LIB, OrganizeMode.MOVE, List.of(inputs), probe);
    }

    @Test
    void anEpisodeNamedWithItsCountryGoesToTheShowFolderOfThatCountry() {
        ParsedRelease us = ParsedRelease.builder().type(MediaType.EPISODE).title("The Office").country("US")
                .season(1).episodes(List.of(1)).container("mkv").build();
        ParsedRelease uk = ParsedRelease.builder().type(MediaType.EPISODE).title("Top Gear").country("GB")
                .season(10).episodes(List.of(1)).container("mkv").build();
        ParsedRelease movie = ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").country("US").year(1995)
                .container("mkv").build();
        assertThat(NamingData.fromParsed(us).show()).isEqualTo("The Office (US)");
        assertThat(NamingData.fromParsed(uk).show()).isEqualTo("Top Gear (UK)");
        assertThat(NamingData.fromParsed(movie).title()).isEqualTo("Heat");
        assertThat(NamingData.showName("The Office (US)", "US")).isEqualTo("The Office (US)");
        assertThat(NamingData.showName("Friends", null)).isEqualTo("Friends");
    }

    @Test
    void subtitlesKeepLanguageAndFlagsAndNfoFollows() {
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/Heat.1995.1080p/Heat.1995.1080p.mkv", heat("1080p"),
                new Sidecar(Path.of("/dl/Heat.1995.1080p/Heat.1995.1080p.en.forced.srt"), SidecarKind.SUBTITLE, "en",
                        List.of("forced")),
                new Sidecar(Path.of("/dl/Heat.1995.1080p/Heat.1995.1080p.nfo"), SidecarKind.NFO, null, List.of()),
                new Sidecar(Path.of("/dl/Heat.1995.1080p/poster.jpg"), SidecarKind.IMAGE, null, List.of())));
        FileMove m = plan.moves().get(0);
        assertThat(m.target()).isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
        assertThat(m.sidecars()).extracting(SidecarMove::target).containsExactly(
                Path.of("/lib/Movies/Heat (1995)/Heat (1995).en.forced.srt"),
                Path.of("/lib/Movies/Heat (1995)/Heat (1995).nfo"),
                Path.of("/lib/Movies/Heat (1995)/poster.jpg"));
    }

    @Test
    void noTitleIsSkippedWithReason() {
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/x.mkv", ParsedRelease.empty()));
        assertThat(plan.moves().get(0).action()).isEqualTo(FileMove.Action.SKIP);
        assertThat(plan.moves().get(0).reason()).contains("no title");
        assertThat(plan.moves().get(0).target()).isNull();
    }

    @Test
    void aTitleOfOnlyReservedCharactersOrPunctuationIsNoTitle() {
        OrganizePlan plan = plan(CollisionPolicy.SKIP,
                input(1, "/dl/???.2010.mkv", ParsedRelease.builder().type(MediaType.MOVIE).title("???").year(2010).build()),
                input(2, "/dl/Show.S01E01.mkv", ParsedRelease.builder().type(MediaType.EPISODE).title(":?*").season(1)
                        .episodes(List.of(1)).build()));
        assertThat(plan.moves()).allSatisfy(m -> {
            assertThat(m.action()).isEqualTo(FileMove.Action.SKIP);
            assertThat(m.reason()).contains("no title");
            assertThat(m.target()).isNull();
        });
    }

    @Test
    void aReplaceRefusedOnQualitySaysWhyInWordsAUserKnows() {
        disk.put(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), new TargetProbe.Existing(false, Quality.UNKNOWN));
        OrganizePlan plan = plan(CollisionPolicy.REPLACE_IF_BETTER, input(1, "/dl/Heat.1995.1080p.mkv",
                ParsedRelease.builder().type(MediaType.MOVIE).title("Heat").year(1995).screenSize("1080p")
                        .source("Blu-ray").videoCodec("H.264").build()));
        assertThat(plan.moves().get(0).reason())
                .contains("(1080p Blu-ray H.264 vs unknown quality)").doesNotContain("quality(");
    }

    @Test
    void twoSourcesToOneTargetAreACollisionInThePlan() {
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/a/Heat.1995.mkv", heat("720p")),
                input(2, "/dl/b/HEAT.1995.mkv", heat("1080p")));
        assertThat(plan.collisions()).isEqualTo(1);
        assertThat(plan.toOrganize()).extracting(FileMove::source).containsExactly(Path.of("/dl/a/Heat.1995.mkv"));
        assertThat(plan.skipped().get(0).reason()).contains("same target as /dl/a/Heat.1995.mkv");
    }

    @Test
    void keepBothNumbersTheSecondAndItsSidecars() {
        OrganizePlan plan = plan(CollisionPolicy.KEEP_BOTH, input(1, "/dl/a/Heat.1995.mkv", heat("720p")),
                input(2, "/dl/b/Heat.1995.mkv", heat("1080p"),
                        new Sidecar(Path.of("/dl/b/Heat.1995.en.srt"), SidecarKind.SUBTITLE, "en", List.of())));
        assertThat(plan.toOrganize()).extracting(FileMove::target).containsExactly(
                Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), Path.of("/lib/Movies/Heat (1995)/Heat (1995) (2).mkv"));
        assertThat(plan.toOrganize().get(1).sidecars().get(0).target())
                .isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995) (2).en.srt"));
    }

    @Test
    void replaceIfBetterPicksTheBestInPlanAndTrashesAWorseExistingFile() {
        disk.put(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), new TargetProbe.Existing(false, Quality.of(heat("480p"))));
        OrganizePlan plan = plan(CollisionPolicy.REPLACE_IF_BETTER, input(1, "/dl/a/Heat.1995.mkv", heat("720p")),
                input(2, "/dl/b/Heat.1995.mkv", heat("2160p")));
        FileMove winner = plan.toOrganize().get(0);
        assertThat(winner.source()).isEqualTo(Path.of("/dl/b/Heat.1995.mkv"));
        assertThat(winner.displaced()).isEqualTo(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"));
        assertThat(winner.displacedTo()).isEqualTo(Path.of("/lib/.cineorg-trash/Movies/Heat (1995)/Heat (1995).mkv"));
        assertThat(plan.skipped()).extracting(FileMove::source).containsExactly(Path.of("/dl/a/Heat.1995.mkv"));
    }

    @Test
    void replaceIfBetterNeverReplacesAnUnknownOrBetterFile() {
        disk.put(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), new TargetProbe.Existing(false, Quality.UNKNOWN));
        OrganizePlan plan = plan(CollisionPolicy.REPLACE_IF_BETTER, input(1, "/dl/a/Heat.1995.mkv", heat("2160p")));
        assertThat(plan.skipped()).hasSize(1);
        assertThat(plan.skipped().get(0).conflict()).isEqualTo(FileMove.Conflict.EXISTING);
    }

    @Test
    void existingTargetIsSkippedByDefault() {
        disk.put(Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv"), new TargetProbe.Existing(false, Quality.UNKNOWN));
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/a/Heat.1995.mkv", heat("2160p")));
        assertThat(plan.skipped().get(0).reason()).startsWith("target exists");
    }

    @Test
    void sameFileAtTargetIsInPlaceAndCaseOnlyRenameIsOrganized() {
        Path target = Path.of("/lib/Movies/Heat (1995)/Heat (1995).mkv");
        disk.put(target, new TargetProbe.Existing(true, Quality.UNKNOWN));
        OrganizePlan inPlace = plan(CollisionPolicy.SKIP, input(1, target.toString(), heat("1080p")));
        assertThat(inPlace.moves().get(0).action()).isEqualTo(FileMove.Action.IN_PLACE);
        OrganizePlan caseOnly = plan(CollisionPolicy.SKIP, input(1, "/lib/Movies/Heat (1995)/heat (1995).mkv", heat("1080p")));
        assertThat(caseOnly.moves().get(0).action()).isEqualTo(FileMove.Action.ORGANIZE);
    }

    @Test
    void extrasGoToTheKindFolderOfTheirMovie() {
        PlanInput movie = input(1, "/dl/Heat.1995/Heat.1995.mkv", heat("1080p"));
        PlanInput trailer = new PlanInput(2L, Path.of("/dl/Heat.1995/Trailers/Heat Trailer.mkv"), 5, T,
                NamingData.fromParsed(ParsedRelease.empty()), List.of(), "trailer", Quality.UNKNOWN, "PARSED");
        PlanInput orphan = new PlanInput(3L, Path.of("/dl/other/x-featurette.mkv"), 5, T,
                NamingData.fromParsed(ParsedRelease.empty()), List.of(), "featurette", Quality.UNKNOWN, "PARSED");
        OrganizePlan plan = plan(CollisionPolicy.SKIP, movie, trailer, orphan);
        assertThat(plan.toOrganize()).extracting(FileMove::target).contains(
                Path.of("/lib/Movies/Heat (1995)/Trailers/Heat Trailer.mkv"));
        assertThat(plan.skipped()).extracting(FileMove::source).containsExactly(Path.of("/dl/other/x-featurette.mkv"));
    }

    @Test
    void twoUntaggedSubtitlesOfOneVideoAreNumbered() {
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/Heat.1995.mkv", heat("1080p"),
                new Sidecar(Path.of("/dl/Subs/1.srt"), SidecarKind.SUBTITLE, null, List.of()),
                new Sidecar(Path.of("/dl/Subs/2.srt"), SidecarKind.SUBTITLE, null, List.of())));
        assertThat(plan.moves().get(0).sidecars()).extracting(SidecarMove::target).containsExactly(
                Path.of("/lib/Movies/Heat (1995)/Heat (1995).srt"), Path.of("/lib/Movies/Heat (1995)/Heat (1995).2.srt"));
    }

    @Test
    void longNameLeavesRoomForTheLongestSidecarSuffix() {
        ParsedRelease p = ParsedRelease.builder().type(MediaType.MOVIE).title("T".repeat(400)).year(2001).build();
        OrganizePlan plan = plan(CollisionPolicy.SKIP, input(1, "/dl/t.mkv", p,
                new Sidecar(Path.of("/dl/t.en.forced.srt"), SidecarKind.SUBTITLE, "en", List.of("forced"))));
        FileMove m = plan.moves().get(0);
        for (Path part : m.sidecars().get(0).target()) {
            assertThat(NameSanitizer.bytes(part.toString())).isLessThanOrEqualTo(255);
        }
        assertThat(m.target().getFileName().toString()).endsWith(" (2001).mkv");
        assertThat(m.sidecars().get(0).target().getFileName().toString()).endsWith(" (2001).en.forced.srt");
    }

    @Test
    void nfoDocumentEscapesAndCarriesIds() {
        String nfo = NfoDocument.render(NamingData.fromParsed(heat("1080p")).withTitle("Heat & Dust", 1995)
                .withIds("949", null, "tt0113277"));
        assertThat(nfo).contains("<title>Heat &amp; Dust</title>", "<uniqueid type=\"tmdb\" default=\"true\">949</uniqueid>",
                "<uniqueid type=\"imdb\">tt0113277</uniqueid>");
    }
}
