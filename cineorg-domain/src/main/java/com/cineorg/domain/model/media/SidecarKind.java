package com.cineorg.domain.model.media;

import java.util.Locale;

public enum SidecarKind {
    SUBTITLE,
    NFO,
    IMAGE,
    OTHER;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
