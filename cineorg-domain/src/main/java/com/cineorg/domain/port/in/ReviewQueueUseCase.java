package com.cineorg.domain.port.in;

import java.util.List;

public interface ReviewQueueUseCase {
    List<ReviewItem> reviews(int offset, int limit);
}
