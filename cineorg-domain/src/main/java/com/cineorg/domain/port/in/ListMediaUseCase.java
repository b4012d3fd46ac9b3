package com.cineorg.domain.port.in;

public interface ListMediaUseCase {
    MediaPage list(MediaQuery query);
}
