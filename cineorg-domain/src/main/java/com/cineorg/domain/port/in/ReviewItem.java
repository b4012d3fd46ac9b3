package com.cineorg.domain.port.in;

import com.cineorg.domain.model.identify.Identification;
import com.cineorg.domain.model.media.MediaFile;

/** A file waiting for review, with its ranked candidates. */
public record ReviewItem(MediaFile file, Identification identification) {}
