package com.cineorg.domain.port.in;

import com.cineorg.domain.error.InvalidInputException;
import com.cineorg.domain.model.library.CollisionPolicy;
import com.cineorg.domain.model.library.NameSanitizer;
import com.cineorg.domain.model.library.NamingScheme;
import com.cineorg.domain.model.library.OrganizeMode;
import java.nio.file.Path;

/**
 * @param library the library root that receives {@code Movies/} and {@code TV Shows/}
 * @param scheme a built-in scheme or {@link NamingScheme#custom(String)} (templates are parsed, and checked, when
 *     the scheme is built)
 * @param dryRun build and return the plan, touch nothing
 * @param fallbackCopy copy when a hard link cannot be made (other device); otherwise that file fails
 * @param verify compare checksums after every cross-device copy
 * @param nfo write Kodi/Jellyfin .nfo files for videos that have none
 * @param cleanEmpty remove source folders the run emptied (junk files such as Thumbs.db do not count)
 */
public record OrganizeLibraryCommand(
        Path library,
        OrganizeMode mode,
        NamingScheme scheme,
        NameSanitizer.Rule nameRule,
        CollisionPolicy policy,
        boolean dryRun,
        boolean fallbackCopy,
        boolean verify,
        boolean nfo,
        boolean cleanEmpty,
        ProgressListener progress) {

    public OrganizeLibraryCommand {
        if (library == null) {
            throw new InvalidInputException("organize needs a target library folder");
        }
        library = library.toAbsolutePath().normalize();
        mode = mode == null ? OrganizeMode.MOVE : mode;
        scheme = scheme == null ? NamingScheme.PLEX : scheme;
        nameRule = nameRule == null ? NameSanitizer.Rule.SMART : nameRule;
        policy = policy == null ? CollisionPolicy.SKIP : policy;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static OrganizeLibraryCommand defaults(Path library) {
        return new OrganizeLibraryCommand(library, null, null, null, null, false, false, false, false, false, null);
    }

    public ApplyOptions applyOptions() {
        return new ApplyOptions(fallbackCopy, verify, nfo, cleanEmpty, progress);
    }
}
