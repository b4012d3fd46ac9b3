package com.cineorg.domain.scan;

/** What a file found by a scan is to CineOrg. */
public enum FileKind {
    VIDEO,
    SUBTITLE,
    NFO,
    IMAGE,
    JUNK,
    OTHER
}
