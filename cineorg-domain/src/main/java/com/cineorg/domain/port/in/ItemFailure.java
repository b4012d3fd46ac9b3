package com.cineorg.domain.port.in;

import java.nio.file.Path;

/** One file a batch could not handle, with a one-line reason. */
public record ItemFailure(Path path, String reason) {}
