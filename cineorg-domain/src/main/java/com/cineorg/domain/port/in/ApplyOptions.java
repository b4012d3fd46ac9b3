package com.cineorg.domain.port.in;

/** How a plan is applied; see {@link OrganizeLibraryCommand} for each flag. */
public record ApplyOptions(boolean fallbackCopy, boolean verify, boolean nfo, boolean cleanEmpty,
        ProgressListener progress) {
    public ApplyOptions {
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(false, false, false, false, null);
    }
}
