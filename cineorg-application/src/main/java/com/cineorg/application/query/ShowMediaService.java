package com.cineorg.application.query;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.error.NotFoundException;
import com.cineorg.domain.model.media.MediaFile;
import com.cineorg.domain.port.in.ShowMediaUseCase;
import com.cineorg.domain.port.out.MediaCatalogPort;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

public final class ShowMediaService implements ShowMediaUseCase {
    private final MediaCatalogPort catalog;

    public ShowMediaService(MediaCatalogPort catalog) {
        this.catalog = catalog;
    }

    @Override
    public MediaFile show(String idOrPath) {
        if (idOrPath == null || idOrPath.isBlank()) {
            throw new InvalidInputException("give a media id or a file path");
        }
        String arg = idOrPath.trim();
        Optional<MediaFile> found = Optional.empty();
        if (arg.chars().allMatch(Character::isDigit) && arg.length() < 19) {
            found = catalog.findById(Long.parseLong(arg));
        }
        if (found.isEmpty()) {
            Path path;
            try {
                path = Path.of(arg).toAbsolutePath().normalize();
            } catch (InvalidPathException e) {
                throw new InvalidInputException("not a valid path: " + e.getReason());
            }
            found = catalog.findByPath(path);
        }
        return found.orElseThrow(() -> new NotFoundException("no media file " + arg + " in the catalog"));
    }
}
