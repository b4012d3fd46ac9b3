package com.cineorg.domain.parse;

/** How sure a recognised word is a property rather than part of a title. */
enum Strength {
    /** Always a property (x264, 1080p, BluRay, S01E02...). */
    STRONG,
    /** A property when it touches other properties or the end of the name (FRENCH, UNRATED, DC...). */
    WEAK,
    /** A property only after the title: before the first strong property it stays a title word (Web, Real...). */
    AFTER
}
