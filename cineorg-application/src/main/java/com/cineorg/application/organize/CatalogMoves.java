package com.cineorg.application.organize;

import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.model.media.MediaStatus;
import com.cineorg.domain.model.media.Sidecar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Keeps a catalog entry in step with files that moved: the video itself or one of its sidecars. */
final class CatalogMoves {
    private CatalogMoves() {}

    /** The file at {@code from} now lives at {@code to}; true when it was this video or one of its sidecars. */
    static boolean moved(MediaFile f, Path from, Path to) {
        if (f.path().equals(from)) {
            f.relocate(to);
            return true;
        }
        List<Sidecar> sidecars = new ArrayList<>(f.sidecars());
        for (int i = 0; i < sidecars.size(); i++) {
            Sidecar s = sidecars.get(i);
            if (s.path().equals(from)) {
                sidecars.set(i, new Sidecar(to, s.kind(), s.language(), s.flags()));
                f.attach(sidecars);
                return true;
            }
        }
        return false;
    }

    static MediaStatus status(String word, MediaStatus fallback) {
        if (word == null) {
            return fallback;
        }
        try {
            return MediaStatus.valueOf(word);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
