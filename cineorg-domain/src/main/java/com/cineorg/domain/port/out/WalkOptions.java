package com.cineorg.domain.port.out;

import java.util.function.Predicate;

/**
 * @param followLinks follow symbolic links to folders and files (loops are detected and skipped)
 * @param skipDirectory given a folder's name, true to leave it and everything below it out of the walk
 */
public record WalkOptions(boolean followLinks, Predicate<String> skipDirectory) {}
